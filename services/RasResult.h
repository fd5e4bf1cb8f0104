#pragma once

#include "RasError.h"

#include <utility>
#include <variant>

// The single outcome of one operation: a value or a RasError, never both, never neither.
template <typename T>
class RasResult
{
public:
    RasResult(T value) // NOLINT(google-explicit-constructor): a value is a success
        : m_data(std::move(value))
    {
    }
    RasResult(RasError error) // NOLINT(google-explicit-constructor): an error is a failure
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const RasError &error() const { return std::get<RasError>(m_data); }

private:
    std::variant<T, RasError> m_data;
};

// For operations that return nothing on success (204 No Content).
struct Done
{
};
