#pragma once

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace xs::test {

/// Acts on the next modal dialog of type T as soon as it shows: the test's hand on a message box
/// or a dialog that a click opens with exec(). Gives up after about four seconds.
template <typename T>
void whenShown(std::function<void(T*)> act)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, act, tries] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        } else if (++*tries > 200) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
}

/// With XS_SCREENSHOTS=<folder>, saves what a widget looks like, to judge it by eye.
inline void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("XS_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    widget->show();
    QCoreApplication::processEvents(); // let the layouts settle as on screen
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace xs::test
