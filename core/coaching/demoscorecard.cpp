#include "demoscorecard.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

static ScorecardQuestion question(const QString &id, QuestionType type, double weight, const QString &english,
                                  const QString &korean)
{
    ScorecardQuestion question;
    question.id = id;
    question.type = type;
    question.weight = weight;
    question.textEn = english;
    question.textKo = korean;
    return question;
}

static ScorecardQuestion critical(ScorecardQuestion question)
{
    question.critical = true;
    return question;
}

static ScorecardQuestion mayNotApply(ScorecardQuestion question)
{
    question.notApplicableAllowed = true;
    return question;
}

static ScorecardQuestion points(const QString &id, int maxPoints, double weight, const QString &english,
                                const QString &korean)
{
    ScorecardQuestion result = question(id, QuestionType::Points, weight, english, korean);
    result.maxPoints = maxPoints;
    return result;
}

static ScorecardSection section(const QString &id, const QString &english, const QString &korean,
                                const QList<ScorecardQuestion> &questions)
{
    return ScorecardSection{id, english, korean, questions};
}

Scorecard DemoScorecard::customerServiceCall()
{
    using enum QuestionType;
    Scorecard form;
    form.id = Id.toString();
    form.nameEn = u"Customer service call"_s;
    form.nameKo = u"고객 상담 통화"_s;
    form.sections = {
        section(u"opening"_s, u"Opening"_s, u"오프닝"_s,
                {question(u"greeting"_s, YesNo, 1,
                          u"Greeted the customer with the standard greeting and their name"_s,
                          u"표준 인사말로 고객의 성함을 불러 인사했다"_s),
                 question(u"purpose-confirmed"_s, YesNo, 1, u"Confirmed the reason for the call"_s,
                          u"통화 목적을 확인했다"_s)}),
        section(u"discovery"_s, u"Discovery"_s, u"니즈 파악"_s,
                {question(u"needs-understood"_s, Scale1to5, 2,
                          u"Understood the customer's need by asking open questions"_s,
                          u"열린 질문으로 고객의 요구를 파악했다"_s),
                 question(u"active-listening"_s, Scale1to5, 1, u"Listened actively and did not interrupt"_s,
                          u"고객의 말을 끊지 않고 적극적으로 경청했다"_s),
                 mayNotApply(question(u"history-checked"_s, YesNo, 1,
                                      u"Checked the customer's earlier contacts before answering"_s,
                                      u"답변 전에 고객의 이전 상담 이력을 확인했다"_s))}),
        section(
            u"resolution"_s, u"Resolution"_s, u"문제 해결"_s,
            {points(u"solution-accuracy"_s, 10, 3, u"Gave a correct and complete solution (0 to 10 points)"_s,
                    u"정확하고 완전한 해결책을 제시했다 (0~10점)"_s),
             question(u"next-steps"_s, YesNo, 1, u"Explained the next steps and when they will happen"_s,
                      u"다음 단계와 일정을 안내했다"_s),
             mayNotApply(question(u"hold-etiquette"_s, YesNo, 1,
                                  u"Asked before putting the customer on hold and thanked them after"_s,
                                  u"보류 전에 양해를 구하고 보류 후 감사 인사를 했다"_s))}),
        section(u"compliance"_s, u"Compliance"_s, u"준법 준수"_s,
                {critical(question(u"identity-verified"_s, YesNo, 2,
                                   u"Verified the customer's identity before discussing the account"_s,
                                   u"계정 관련 상담 전에 고객 본인 확인을 했다"_s)),
                 critical(question(u"no-card-number-read-back"_s, YesNo, 2,
                                   u"Did not read a card number back to the customer"_s,
                                   u"카드 번호를 고객에게 다시 읽어 주지 않았다"_s)),
                 mayNotApply(question(u"offer-consent"_s, YesNo, 1,
                                      u"Made an offer only with the customer's marketing consent"_s,
                                      u"마케팅 동의를 받은 고객에게만 상품을 제안했다"_s))}),
        section(
            u"closing"_s, u"Closing"_s, u"마무리"_s,
            {question(u"anything-else"_s, YesNo, 1, u"Asked whether there was anything else"_s,
                      u"추가 문의 사항이 있는지 물었다"_s),
             question(u"courtesy"_s, Scale1to5, 1, u"Was courteous and professional throughout the call"_s,
                      u"통화 내내 친절하고 전문적으로 응대했다"_s)}),
    };
    return form;
}

} // namespace ContactDesk
