#include "hub/HubKeyFiles.h"

#include "models/crypto/SigningKey.h"
#include "models/storage/DurableFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace xs::HubKeyFiles {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::HubKeyFiles)
};

} // namespace

bool writeSigningKey(const SigningKey& key, const QString& path, QString* error)
{
    const QString publicPath = path + QStringLiteral(".pub");
    for (const QString& target : {path, publicPath}) {
        if (QFileInfo::exists(target)) {
            *error = Text::tr("%1 exists already; a signing key is never overwritten.").arg(target);
            return false;
        }
    }
    const QByteArray privatePem = key.privateKeyPem();
    const QByteArray publicPem = key.publicKeyPem();
    if (privatePem.isEmpty() || publicPem.isEmpty()) {
        *error = Text::tr("Cannot encode the signing key.");
        return false;
    }
    // writeAtomically creates its file readable by the owner only, which the private key needs.
    for (const auto& [target, bytes] : {std::pair{path, privatePem}, std::pair{publicPath, publicPem}}) {
        if (const DatabaseError written = DurableFile::writeAtomically(target, bytes); written.isError()) {
            *error = written.fullText();
            return false;
        }
    }
    QFile::setPermissions(publicPath,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

} // namespace xs::HubKeyFiles
