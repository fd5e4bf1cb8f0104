#pragma once

#include "FarmOperation.h"
#include "RasError.h"

#include <functional>
#include <optional>

// The one result of a change the console sent: the operation, and why it failed if it did.
// Delivered once, to the caller that started the operation.
struct OperationOutcome
{
    FarmOperation operation;
    std::optional<RasError> error;
    // Set when the answer was lost and the affected list was read again before this was delivered.
    FarmOperation::Presence presence = FarmOperation::Presence::Unchecked;

    bool succeeded() const { return !error.has_value(); }
    // The change was sent but its answer was lost: it may have been made.
    bool outcomeUnknown() const { return error && error->outcomeUnknown; }
    // ...and the list read again shows it was: retrying would make it twice.
    bool madeAfterAll() const { return outcomeUnknown() && operation.madeAccordingTo(presence); }
    // The server's own words for a refusal (shown where the context is obvious, e.g. in the dialog
    // that sent the change), or the success sentence.
    QString message() const
    {
        if (outcomeUnknown())
            return operation.unknownOutcomeMessage(presence);
        return error ? error->message : operation.successMessage();
    }
    // One sentence that names the object too, for places without that context (the banner after
    // the dialog that sent the change was closed).
    QString describedMessage() const
    {
        if (outcomeUnknown())
            return operation.unknownOutcomeMessage(presence);
        return error ? operation.failureMessage(error->message) : operation.successMessage();
    }
};

using OutcomeHandler = std::function<void(const OperationOutcome &)>;
