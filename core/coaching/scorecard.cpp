#include "scorecard.h"

#include "domain/jsontype.h"
#include "evaluationerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ContactDesk {

QString questionTypeKey(QuestionType type)
{
    switch (type) {
    case QuestionType::YesNo:
        return u"yes-no"_s;
    case QuestionType::Scale1to5:
        return u"scale-1-5"_s;
    case QuestionType::Points:
        return u"points"_s;
    }
    Q_UNREACHABLE();
}

std::optional<QuestionType> questionTypeFromKey(QStringView key)
{
    for (QuestionType type : {QuestionType::YesNo, QuestionType::Scale1to5, QuestionType::Points}) {
        if (key == questionTypeKey(type))
            return type;
    }
    return std::nullopt;
}

static QString localized(const QString &language, const QString &english, const QString &korean)
{
    if (language.startsWith(u"ko"))
        return korean.isEmpty() ? english : korean;
    return english.isEmpty() ? korean : english;
}

QString ScorecardQuestion::text(const QString &language) const
{
    return localized(language, textEn, textKo);
}

int ScorecardQuestion::minimumValue() const
{
    return type == QuestionType::Scale1to5 ? 1 : 0;
}

int ScorecardQuestion::maximumValue() const
{
    switch (type) {
    case QuestionType::YesNo:
        return 1;
    case QuestionType::Scale1to5:
        return 5;
    case QuestionType::Points:
        return maxPoints;
    }
    Q_UNREACHABLE();
}

QString ScorecardSection::title(const QString &language) const
{
    return localized(language, titleEn, titleKo);
}

QString Scorecard::name(const QString &language) const
{
    return localized(language, nameEn, nameKo);
}

const ScorecardQuestion *Scorecard::question(const QString &questionId) const
{
    for (const ScorecardSection &section : sections) {
        for (const ScorecardQuestion &question : section.questions) {
            if (question.id == questionId)
                return &question;
        }
    }
    return nullptr;
}

const ScorecardSection *Scorecard::sectionOf(const QString &questionId) const
{
    for (const ScorecardSection &section : sections) {
        for (const ScorecardQuestion &question : section.questions) {
            if (question.id == questionId)
                return &section;
        }
    }
    return nullptr;
}

int Scorecard::questionCount() const
{
    int count = 0;
    for (const ScorecardSection &section : sections)
        count += int(section.questions.size());
    return count;
}

bool Scorecard::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (QChar c : id) {
        const bool allowed =
            (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

static DomainError formError(const QString &path, const QString &why)
{
    return DomainError{EvaluationErrorCode::InvalidScorecard.toString(),
                       path.isEmpty() ? why : path + u": "_s + why};
}

static QString badIdReason(const QString &what, const QString &id)
{
    return u"%1 id '%2' must be 1 to %3 lower-case letters, digits, '.', '_' or '-'"_s.arg(
        what, id, QString::number(Scorecard::MaxIdLength));
}

static std::optional<DomainError> validateQuestion(const ScorecardQuestion &question, const QString &path)
{
    if (!Scorecard::isValidId(question.id))
        return formError(path, badIdReason(u"question"_s, question.id));
    if (question.textEn.trimmed().isEmpty() && question.textKo.trimmed().isEmpty())
        return formError(path, u"question '%1' needs a text in English or Korean"_s.arg(question.id));
    if (!std::isfinite(question.weight) || question.weight <= 0) {
        return formError(path + u".weight"_s, u"the weight of question '%1' must be above 0, not %2"_s.arg(
                                                  question.id, QString::number(question.weight)));
    }
    if (question.weight > ScorecardQuestion::MaxWeight) {
        return formError(path + u".weight"_s, u"the weight of question '%1' must be at most %2, not %3"_s.arg(
                                                  question.id, QString::number(ScorecardQuestion::MaxWeight),
                                                  QString::number(question.weight)));
    }
    if (question.type == QuestionType::Points) {
        if (question.maxPoints < 1 || question.maxPoints > ScorecardQuestion::MaxPoints) {
            return formError(path + u".maxPoints"_s,
                             u"points question '%1' needs a maximum of 1 to %2 points, not %3"_s.arg(
                                 question.id, QString::number(ScorecardQuestion::MaxPoints),
                                 QString::number(question.maxPoints)));
        }
    } else if (question.maxPoints != 0) {
        return formError(path + u".maxPoints"_s,
                         u"question '%1' is %2; a maximum of points applies only to points questions"_s.arg(
                             question.id, questionTypeKey(question.type)));
    }
    return std::nullopt;
}

std::optional<DomainError> Scorecard::validate() const
{
    if (!isValidId(id))
        return formError(QString(), badIdReason(u"scorecard"_s, id));
    if (version < 0)
        return formError(u"version"_s, u"must be 0 (not stored) or above, not %1"_s.arg(version));
    if (nameEn.trimmed().isEmpty() && nameKo.trimmed().isEmpty())
        return formError(QString(), u"scorecard '%1' needs a name in English or Korean"_s.arg(id));
    if (sections.isEmpty())
        return formError(u"sections"_s, u"scorecard '%1' has no sections"_s.arg(id));

    QSet<QString> sectionIds;
    QSet<QString> questionIds;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const ScorecardSection &section = sections.at(s);
        const QString sectionPath = u"sections[%1]"_s.arg(s);
        if (!isValidId(section.id))
            return formError(sectionPath, badIdReason(u"section"_s, section.id));
        if (sectionIds.contains(section.id))
            return formError(sectionPath, u"section id '%1' is used twice"_s.arg(section.id));
        sectionIds.insert(section.id);
        if (section.titleEn.trimmed().isEmpty() && section.titleKo.trimmed().isEmpty())
            return formError(sectionPath,
                             u"section '%1' needs a title in English or Korean"_s.arg(section.id));
        if (section.questions.isEmpty())
            return formError(sectionPath, u"section '%1' has no questions"_s.arg(section.id));
        for (qsizetype q = 0; q < section.questions.size(); ++q) {
            const ScorecardQuestion &question = section.questions.at(q);
            const QString questionPath = sectionPath + u".questions[%1]"_s.arg(q);
            if (auto error = validateQuestion(question, questionPath))
                return error;
            // Answers name a question by its id alone, so it must be unique across sections.
            if (questionIds.contains(question.id))
                return formError(questionPath, u"question id '%1' is used twice"_s.arg(question.id));
            questionIds.insert(question.id);
        }
    }
    return std::nullopt;
}

bool Scorecard::sameContent(const Scorecard &other) const
{
    return id == other.id && nameEn == other.nameEn && nameKo == other.nameKo && sections == other.sections;
}

// --- JSON ----------------------------------------------------------------------------------

static QJsonObject localizedToJson(const QString &english, const QString &korean)
{
    QJsonObject object;
    if (!english.isEmpty())
        object.insert(u"en"_s, english);
    if (!korean.isEmpty())
        object.insert(u"ko"_s, korean);
    return object;
}

QJsonObject Scorecard::toJson() const
{
    QJsonArray sectionArray;
    for (const ScorecardSection &section : sections) {
        QJsonArray questionArray;
        for (const ScorecardQuestion &question : section.questions) {
            QJsonObject object{{u"id"_s, question.id},
                               {u"text"_s, localizedToJson(question.textEn, question.textKo)},
                               {u"type"_s, questionTypeKey(question.type)},
                               {u"weight"_s, question.weight},
                               {u"critical"_s, question.critical},
                               {u"notApplicableAllowed"_s, question.notApplicableAllowed}};
            if (question.type == QuestionType::Points)
                object.insert(u"maxPoints"_s, question.maxPoints);
            questionArray.append(object);
        }
        sectionArray.append(QJsonObject{{u"id"_s, section.id},
                                        {u"title"_s, localizedToJson(section.titleEn, section.titleKo)},
                                        {u"questions"_s, questionArray}});
    }
    QJsonObject object{
        {u"id"_s, id}, {u"name"_s, localizedToJson(nameEn, nameKo)}, {u"sections"_s, sectionArray}};
    if (version > 0)
        object.insert(u"version"_s, version);
    return object;
}

static QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// A misspelt key ("wieght") would otherwise silently become the default.
static std::optional<DomainError> checkFormKeys(const QJsonObject &object, const QString &path,
                                                const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            return formError(path,
                             u"unknown key '%1' (expected one of %2)"_s.arg(it.key(), allowed.join(u", "_s)));
        }
    }
    return std::nullopt;
}

static std::optional<DomainError> readString(const QJsonObject &object, const QString &key,
                                             const QString &path, QString &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return formError(path, u"'%1' is missing"_s.arg(key));
    if (!value.isString())
        return formError(join(path, key), u"must be a string, not %1"_s.arg(jsonTypeName(value)));
    out = value.toString().trimmed();
    return std::nullopt;
}

static std::optional<DomainError> readLocalized(const QJsonObject &object, const QString &key,
                                                const QString &path, QString &english, QString &korean)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return formError(path, u"'%1' is missing"_s.arg(key));
    const QString here = join(path, key);
    if (!value.isObject()) {
        return formError(here,
                         u"must be an object of texts by language ({\"en\": ..., \"ko\": ...}), not %1"_s.arg(
                             jsonTypeName(value)));
    }
    const QJsonObject texts = value.toObject();
    if (auto error = checkFormKeys(texts, here, {u"en"_s, u"ko"_s}))
        return error;
    for (const auto &[language, target] : {std::pair{u"en"_s, &english}, std::pair{u"ko"_s, &korean}}) {
        const QJsonValue text = texts.value(language);
        if (text.isUndefined())
            continue;
        if (!text.isString())
            return formError(join(here, language), u"must be a string, not %1"_s.arg(jsonTypeName(text)));
        *target = text.toString().trimmed();
    }
    return std::nullopt;
}

static std::optional<DomainError> readBool(const QJsonObject &object, const QString &key, const QString &path,
                                           bool &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool())
        return formError(join(path, key), u"must be true or false, not %1"_s.arg(jsonTypeName(value)));
    out = value.toBool();
    return std::nullopt;
}

static std::optional<DomainError> readArray(const QJsonObject &object, const QString &key,
                                            const QString &path, QJsonArray &out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return formError(path, u"'%1' is missing"_s.arg(key));
    if (!value.isArray())
        return formError(join(path, key), u"must be an array, not %1"_s.arg(jsonTypeName(value)));
    out = value.toArray();
    return std::nullopt;
}

static std::optional<DomainError> readWholeNumber(const QJsonValue &value, const QString &path, int &out)
{
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || std::fabs(number) > 1e9)
        return formError(path, u"must be a whole number, not %1"_s.arg(jsonTypeName(value)));
    out = int(number);
    return std::nullopt;
}

static std::optional<DomainError> readQuestion(const QJsonValue &value, const QString &path,
                                               ScorecardQuestion &question)
{
    if (!value.isObject())
        return formError(path, u"must be an object, not %1"_s.arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    if (auto error = checkFormKeys(object, path,
                                   {u"id"_s, u"text"_s, u"type"_s, u"maxPoints"_s, u"weight"_s, u"critical"_s,
                                    u"notApplicableAllowed"_s}))
        return error;
    if (auto error = readString(object, u"id"_s, path, question.id))
        return error;
    if (auto error = readLocalized(object, u"text"_s, path, question.textEn, question.textKo))
        return error;
    QString typeKey;
    if (auto error = readString(object, u"type"_s, path, typeKey))
        return error;
    const auto type = questionTypeFromKey(typeKey);
    if (!type) {
        return formError(join(path, u"type"_s),
                         u"unknown question type '%1' (expected yes-no, scale-1-5 or points)"_s.arg(typeKey));
    }
    question.type = *type;
    if (const QJsonValue maxPoints = object.value(u"maxPoints"_s); !maxPoints.isUndefined()) {
        if (auto error = readWholeNumber(maxPoints, join(path, u"maxPoints"_s), question.maxPoints))
            return error;
    } else if (question.type == QuestionType::Points) {
        return formError(path, u"'maxPoints' is missing (a points question needs its maximum)"_s);
    }
    if (const QJsonValue weight = object.value(u"weight"_s); !weight.isUndefined()) {
        if (!weight.isDouble())
            return formError(join(path, u"weight"_s),
                             u"must be a number, not %1"_s.arg(jsonTypeName(weight)));
        question.weight = weight.toDouble();
    }
    if (auto error = readBool(object, u"critical"_s, path, question.critical))
        return error;
    return readBool(object, u"notApplicableAllowed"_s, path, question.notApplicableAllowed);
}

static std::optional<DomainError> readSection(const QJsonValue &value, const QString &path,
                                              ScorecardSection &section)
{
    if (!value.isObject())
        return formError(path, u"must be an object, not %1"_s.arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    if (auto error = checkFormKeys(object, path, {u"id"_s, u"title"_s, u"questions"_s}))
        return error;
    if (auto error = readString(object, u"id"_s, path, section.id))
        return error;
    if (auto error = readLocalized(object, u"title"_s, path, section.titleEn, section.titleKo))
        return error;
    QJsonArray questions;
    if (auto error = readArray(object, u"questions"_s, path, questions))
        return error;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        ScorecardQuestion question;
        if (auto error = readQuestion(questions.at(i), path + u".questions[%1]"_s.arg(i), question))
            return error;
        section.questions.append(question);
    }
    return std::nullopt;
}

StoreResult<Scorecard> Scorecard::fromJson(const QJsonObject &json)
{
    Scorecard form;
    if (auto error = checkFormKeys(json, QString(), {u"id"_s, u"version"_s, u"name"_s, u"sections"_s}))
        return *error;
    if (auto error = readString(json, u"id"_s, QString(), form.id))
        return *error;
    if (const QJsonValue version = json.value(u"version"_s); !version.isUndefined()) {
        if (auto error = readWholeNumber(version, u"version"_s, form.version))
            return *error;
    }
    if (auto error = readLocalized(json, u"name"_s, QString(), form.nameEn, form.nameKo))
        return *error;
    QJsonArray sections;
    if (auto error = readArray(json, u"sections"_s, QString(), sections))
        return *error;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        ScorecardSection section;
        if (auto error = readSection(sections.at(i), u"sections[%1]"_s.arg(i), section))
            return *error;
        form.sections.append(section);
    }
    if (auto error = form.validate())
        return *error;
    return form;
}

StoreResult<Scorecard> Scorecard::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return formError(QString(),
                         u"not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return formError(QString(), u"a scorecard must be a JSON object"_s);
    return fromJson(document.object());
}

} // namespace ContactDesk
