#pragma once

#include <QObject>
#include <functional>

// The administrator's password in the operating system's keychain (Windows Credential Manager,
// macOS Keychain, Secret Service), never in settings files. Every call reports back once; where
// no keychain is available (a headless machine) reads find nothing and writes say so.
class PasswordStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStore)

public:
    explicit PasswordStore(QObject *parent = nullptr);

    // key: "user@host:port". found is false when nothing is stored or no keychain answers.
    void read(const QString &key, std::function<void(bool found, const QString &password)> done);
    void write(const QString &key, const QString &password, std::function<void(bool stored, const QString &error)> done);
    void remove(const QString &key);

    static QString keyFor(const QString &user, const QString &server);
};
