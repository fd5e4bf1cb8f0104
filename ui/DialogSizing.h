#pragma once

class QWidget;

// Dialogs whose messages come and go (a refusal, a changed certificate, a validation hint) must
// grow to show them instead of squeezing their fields or clipping the text, and must not start
// smaller than their content, whatever the language and screen scale.
namespace DialogSizing {

// Makes the dialog at least about `characters` average characters wide, so fields keep a usable
// width at any scale, by giving that minimum to a widget that spans the dialog (its message line);
// the dialog's layout keeps enforcing everything else, height included.
void reserveWidth(QWidget *inside, int characters);
// Grows the window (never shrinks it) until its layout's content fits at the current width,
// word-wrapped labels included. Call after a message changes.
void growToFit(QWidget *dialog);

} // namespace DialogSizing
