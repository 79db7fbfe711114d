#pragma once

#include "domain/domainerror.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ContactDesk {

class Database;

namespace CentreTest {

// 2026-01-05T09:00:00+09:00, a Monday morning in Seoul.
inline constexpr qint64 StartMs = 1'767'571'200'000;
inline constexpr qint64 SecondMs = 1000;

// A small contact centre on a real SQLite file, every row known to the tests:
//  - skills sales, billing, back-office, korean, english;
//  - queues "sales" (sales >= 3) and "billing" (billing >= 2) on voice, chat, e-mail, SMS and
//    social, and "back-office" (work items and e-mail);
//  - agents "human.kim" (sales 8, korean 9: the one the tests sign in as), "colleague.lee"
//    (sales 6, billing 5, korean 9) and "sam.smith" (billing 7, sales 3, english 9);
//  - customers 박서연 (Korean, VIP, +821012340001, seoyeon.park@example.kr, kakao:seoyeon) and
//    John Carter (English, +12125550101, john.carter@example.com).
class Store final
{
public:
    std::optional<DomainError> create();
    std::unique_ptr<Database> open() const; // a new connection; null (and a test failure) on error
    QString path() const { return m_dir.filePath(QStringLiteral("centre.sqlite")); }

    qint64 humanId = 0;
    qint64 colleagueId = 0;
    qint64 englishAgentId = 0;
    qint64 koreanCustomerId = 0;
    qint64 englishCustomerId = 0;
    QString koreanPhone = QStringLiteral("+821012340001");
    QString koreanEmail = QStringLiteral("seoyeon.park@example.kr");
    QString englishPhone = QStringLiteral("+12125550101");

private:
    QTemporaryDir m_dir;
};

} // namespace CentreTest
} // namespace ContactDesk
