#include "LogonDialog.h"

#include "DialogSizing.h"
#include "ServerAddress.h"
#include "Theme.h"
#include "ui_LogonDialog.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>

namespace {
const QString kRecentServers = QStringLiteral("logon/recentServers");
const QString kLastUser = QStringLiteral("logon/lastUser");
constexpr int kRecentCount = 10;
} // namespace

LogonDialog::LogonDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LogonDialog>())
{
    m_ui->setupUi(this);
    m_ui->error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QSettings settings;
    m_ui->server->addItems(settings.value(kRecentServers).toStringList());
    m_ui->user->setText(settings.value(kLastUser, QStringLiteral("administrator")).toString());
    connect(m_ui->server, &QComboBox::editTextChanged, this, &LogonDialog::validate);
    connect(m_ui->user, &QLineEdit::textChanged, this, &LogonDialog::validate);
    connect(m_ui->password, &QLineEdit::textChanged, this, &LogonDialog::validate);
    connect(m_ui->allowHttp, &QCheckBox::toggled, this, &LogonDialog::validate);
    connect(m_ui->server, &QComboBox::currentTextChanged, this, &LogonDialog::credentialsEdited);
    connect(m_ui->user, &QLineEdit::editingFinished, this, &LogonDialog::credentialsEdited);
    connect(m_ui->forgetCertificate, &QPushButton::clicked, this, [this] {
        emit forgetCertificateRequested();
        m_ui->forgetCertificate->hide();
        showStatus(tr("The trusted certificate was forgotten; log on to see the server's new one."), false);
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        showStatus(QString(), false);
        emit logOnRequested();
    });
    if (!m_ui->user->text().isEmpty())
        m_ui->password->setFocus();
    validate();
    DialogSizing::reserveWidth(m_ui->error, 60);
}

LogonDialog::~LogonDialog()
{
    // A focused line edit reports editingFinished as it loses focus while the dialog's widgets are
    // torn down, after this object has stopped being a LogonDialog.
    m_ui->user->disconnect(this);
}

QString LogonDialog::server() const { return m_ui->server->currentText().trimmed(); }
QString LogonDialog::user() const { return m_ui->user->text().trimmed(); }
QString LogonDialog::password() const { return m_ui->password->text(); }
void LogonDialog::setServer(const QString &server) { m_ui->server->setEditText(server); }
void LogonDialog::setUser(const QString &user) { m_ui->user->setText(user); }

void LogonDialog::showError(const QString &message)
{
    showStatus(message, true);
    m_ui->password->setFocus();
    m_ui->password->selectAll();
}

QString LogonDialog::statusText() const
{
    return m_ui->error->text();
}

bool LogonDialog::statusIsError() const
{
    return m_statusIsError;
}

void LogonDialog::showStatus(const QString &text, bool isError)
{
    m_statusIsError = isError && !text.isEmpty();
    // Progress reads in the normal text colour; only a problem is red.
    m_ui->error->setStyleSheet(
        m_statusIsError ? QStringLiteral("color: %1;").arg(Theme::errorText(QGuiApplication::palette()).name()) : QString());
    m_ui->error->setText(text);
    // A long message (a changed certificate, an unreachable server) grows the dialog instead of
    // squeezing the fields.
    DialogSizing::growToFit(this);
}

void LogonDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        showStatus(tr("Logging on…"), false);
    else if (!m_statusIsError)
        showStatus(QString(), false);
    validate();
}

void LogonDialog::validate()
{
    QString problem;
    const QUrl base = server().isEmpty() ? QUrl() : ServerAddress::parse(server(), &problem);
    bool serverUsable = base.isValid();
    // Plain http:// to another machine: only with the box ticked, and a warning while it is.
    const bool needsConsent = serverUsable && ServerAddress::needsPlainHttpConsent(base);
    m_ui->allowHttp->setVisible(needsConsent);
    if (needsConsent && !m_ui->allowHttp->isChecked()) {
        problem = tr("This address uses plain http://, so the password would cross the network unencrypted. Use https://, "
                     "or allow unencrypted HTTP below.");
        serverUsable = false;
    } else if (needsConsent) {
        problem = tr("Warning: the password and all farm data will cross the network unencrypted.");
    }
    // Typing mistakes in the server show at once and go away when fixed; a server's refusal stays.
    if (!problem.isEmpty()) {
        if (m_ui->error->text() != problem)
            showStatus(problem, true);
        m_shownProblem = problem;
    } else if (!m_shownProblem.isEmpty() && m_ui->error->text() == m_shownProblem) {
        showStatus(QString(), false);
        m_shownProblem.clear();
    }
    const bool valid = serverUsable && !user().isEmpty() && !password().isEmpty();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_busy);
}

bool LogonDialog::allowPlainHttp() const
{
    return !m_ui->allowHttp->isHidden() && m_ui->allowHttp->isChecked();
}

bool LogonDialog::rememberPassword() const
{
    return m_ui->rememberPassword->isChecked();
}

void LogonDialog::setStoredPassword(const QString &password)
{
    m_ui->password->setText(password);
    m_ui->rememberPassword->setChecked(true);
}

void LogonDialog::setCertificatePinned(bool pinned)
{
    m_ui->forgetCertificate->setVisible(pinned);
    DialogSizing::growToFit(this);
}

void LogonDialog::remember() const
{
    QSettings settings;
    QStringList recent = settings.value(kRecentServers).toStringList();
    recent.removeAll(server());
    recent.prepend(server());
    settings.setValue(kRecentServers, recent.mid(0, kRecentCount));
    settings.setValue(kLastUser, user());
}
