#include "skillexpression.h"

namespace ContactDesk {

std::variant<QList<SkillRequirement>, DomainError> SkillExpression::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed == u"*")
        return QList<SkillRequirement>{};
    if (trimmed.isEmpty()) {
        return DomainError{
            QStringLiteral("invalid-skill-expression"),
                           QStringLiteral("A skill expression is empty (write \"*\" for no requirement)")};
    }

    QList<SkillRequirement> requirements;
    for (QStringView term : trimmed.split(u'&')) {
        term = term.trimmed();
        SkillRequirement requirement;
        const qsizetype operatorAt = term.indexOf(u">=");
        if (operatorAt < 0) {
            requirement.skill = term.toString();
        } else {
            requirement.skill = term.left(operatorAt).trimmed().toString();
            bool ok = false;
            requirement.minimumLevel = term.mid(operatorAt + 2).trimmed().toInt(&ok);
            if (!ok) {
                return DomainError{
                    QStringLiteral("invalid-skill-expression"),
                                   QStringLiteral("'%1' in \"%2\" needs a whole-number level after >=") .arg(
                                       term.toString(), trimmed.toString())};
            }
        }
        if (!isValidSkillId(requirement.skill)) {
            return DomainError{QStringLiteral("invalid-skill-expression"),
                                              QStringLiteral("'%1' in \"%2\" is not a skill id") .arg(
                                                  requirement.skill, trimmed.toString())};
        }
        if (!isValidSkillLevel(requirement.minimumLevel)) {
            return DomainError{QStringLiteral("invalid-skill-expression"),
                                              QStringLiteral("Level %1 for '%2' is outside 1-10")
                                                                 .arg(requirement.minimumLevel)
                                                                 .arg(requirement.skill)};
        }
        for (const SkillRequirement &earlier : std::as_const(requirements)) {
            if (earlier.skill == requirement.skill) {
                return DomainError{QStringLiteral("invalid-skill-expression"),
                                                  QStringLiteral("'%1' appears twice in \"%2\"") .arg(
                                                      requirement.skill, trimmed.toString())};
            }
        }
        requirements.append(requirement);
    }
    return requirements;
}

QString SkillExpression::format(const QList<SkillRequirement> &requirements)
{
    if (requirements.isEmpty())
        return QStringLiteral("*");
    QStringList terms;
    for (const SkillRequirement &requirement : requirements)
        terms.append(requirement.skill + u">=" + QString::number(requirement.minimumLevel));
    return terms.join(QLatin1String(" & "));
}

} // namespace ContactDesk
