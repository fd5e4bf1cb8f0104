#pragma once

#include "RasResult.h"

#include <QObject>
#include <QTest>
#include <functional>
#include <optional>

// Runs an asynchronous service call and waits for its one result. Only tests wait like this;
// the product never blocks.
template <typename T>
RasResult<T> await(const std::function<void(QObject *, std::function<void(const RasResult<T> &)>)> &start,
                   int timeoutMs = 20000)
{
    std::optional<RasResult<T>> outcome;
    int calls = 0;
    QObject context;
    start(&context, [&outcome, &calls](const RasResult<T> &result) {
        ++calls;
        outcome = result;
    });
    [[maybe_unused]] const bool arrived = QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs);
    if (!outcome) {
        RasError error;
        error.kind = RasError::Kind::Timeout;
        error.message = QStringLiteral("the test gave up waiting");
        return error;
    }
    QTest::qWait(0); // a second callback would show up here
    if (calls != 1)
        qFatal("a service called back %d times", calls);
    return *outcome;
}
