#include "PasswordStore.h"

#include <qt6keychain/keychain.h>

namespace {
const QString kService = QStringLiteral("RAS Console");
}

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

QString PasswordStore::keyFor(const QString &user, const QString &server)
{
    return user.toLower() + QLatin1Char('@') + server.toLower();
}

void PasswordStore::read(const QString &key, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const bool found = readJob->error() == QKeychain::NoError;
        done(found, found ? readJob->textData() : QString());
    });
    job->start();
}

void PasswordStore::write(const QString &key, const QString &password, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(password);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const bool stored = finished->error() == QKeychain::NoError;
        done(stored, stored ? QString() : finished->errorString());
    });
    job->start();
}

void PasswordStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    job->setAutoDelete(true);
    job->start();
}
