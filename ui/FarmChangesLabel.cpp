#include "FarmChangesLabel.h"

#include "FarmController.h"

FarmChangesLabel::FarmChangesLabel(FarmController *farm, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("farmChanges"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(farm, &FarmController::changesFound, this, [this](const FarmChanges &changes) {
        setText(changes.summary());
        setToolTip(changes.details());
    });
}
