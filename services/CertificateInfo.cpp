#include "CertificateInfo.h"

#include <QRegularExpression>

namespace {

QString describe(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const auto attributes = {QSslCertificate::CommonName, QSslCertificate::Organization,
                             QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName};
    const QList<QByteArray> labels{"CN", "O", "OU", "C"};
    int i = 0;
    for (const auto attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const auto &value : values)
            parts << QString::fromLatin1(labels.at(i)) + QLatin1Char('=') + value;
        ++i;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    info.sha256 = pairs.join(QLatin1Char(':'));
    info.subject = describe(certificate, false);
    info.issuer = describe(certificate, true);
    info.validFrom = certificate.effectiveDate();
    info.validTo = certificate.expiryDate();
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

QString CertificateInfo::normalizeFingerprint(const QString &text)
{
    QString hex = text.trimmed().toUpper();
    if (hex.startsWith(QLatin1String("SHA256:")))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-F]{64}$"));
    if (!pattern.match(hex).hasMatch())
        return {};
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}
