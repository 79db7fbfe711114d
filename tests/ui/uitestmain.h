#pragma once

#include "uitestworkspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

namespace ContactDesk {

// main() of a UI test: the test class run against every kind of backend (embedded answering at
// once, embedded answering later, remote over a WebSocket), each on its own workspace.
// Settings go to QStandardPaths' test location, never to the user's own.
template <typename TestClass>
int runUiTest(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ContactDesk-tests"));
    // One settings file per test program: ctest runs them side by side, and one program's
    // QSettings().clear() must not wipe what another just wrote.
    QApplication::setApplicationName(QStringLiteral("contactdesk-ui-tests-")
                                                    + QFileInfo(QString::fromLocal8Bit(argv[0])).baseName());
    QStandardPaths::setTestModeEnabled(true);

    int status = 0;
    for (BackendMode mode : {BackendMode::Immediate, BackendMode::Deferred, BackendMode::Remote}) {
        // A fresh workspace per mode: what the first run stored (contacts, follow-ups, new
        // customers) must not change what the second one sees.
        UiTestWorkspace workspace;
        if (const auto error = workspace.create()) {
            std::fprintf(stderr, "Cannot create the test workspace: %s: %s\n", qUtf8Printable(error->code),
                         qUtf8Printable(error->message));
            return 1;
        }
        std::fprintf(stderr, "*** backend: %s\n", qUtf8Printable(backendModeName(mode)));
        TestClass test(workspace, mode);
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

} // namespace ContactDesk

#define CONTACTDESK_UI_TEST_MAIN(TestClass)                   \
    int main(int argc, char *argv[])                          \
    {                                                         \
        return ContactDesk::runUiTest<TestClass>(argc, argv); \
    }
