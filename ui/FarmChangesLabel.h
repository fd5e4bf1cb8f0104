#pragma once

#include <QLabel>

class FarmController;

// A status-bar line that says what the last reload found changed on the server outside this
// console ("Connection Brokers changed on the server: 2."), with what happened to them and when in
// its tooltip. It stays until a later reload finds something else.
class FarmChangesLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FarmChangesLabel)

public:
    explicit FarmChangesLabel(FarmController *farm, QWidget *parent = nullptr);
};
