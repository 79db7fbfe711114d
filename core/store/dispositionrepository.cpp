#include "dispositionrepository.h"

#include "database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString DispositionCode::label(const QString &language) const
{
    return language.startsWith(u"ko") && !labelKo.isEmpty() ? labelKo : labelEn;
}

DispositionRepository::DispositionRepository(Database &database)
    : m_database(database)
{}

StoreResult<QList<DispositionCode>> DispositionRepository::list()
{
    auto found = m_database.execute(
        u"SELECT code, label_en, label_ko, sort_order FROM disposition_codes ORDER BY sort_order, code"_s);
    if (!found)
        return found.error();
    QSqlQuery *query = found.value();
    QList<DispositionCode> codes;
    while (query->next()) {
        codes.append(DispositionCode{query->value(0).toString(), query->value(1).toString(),
                                     query->value(2).toString(), query->value(3).toInt()});
    }
    query->finish();
    return codes;
}

} // namespace ContactDesk
