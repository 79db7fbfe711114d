<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>ContactDesk::AgentDeskController</name>
    <message>
        <source>Could not sign in</source>
        <translation>로그인하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not sign out</source>
        <translation>로그아웃하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not change your state</source>
        <translation>상태를 바꾸지 못했습니다</translation>
    </message>
    <message>
        <source>the contact centre refused it</source>
        <translation>컨택센터가 요청을 거부했습니다</translation>
    </message>
    <message>
        <source>Could not accept the contact</source>
        <translation>상담을 수락하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not reject the contact</source>
        <translation>상담을 거절하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not put the call on hold</source>
        <translation>통화를 보류하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not resume the call</source>
        <translation>통화를 재개하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not mute the microphone</source>
        <translation>마이크를 끄지 못했습니다</translation>
    </message>
    <message>
        <source>Could not unmute the microphone</source>
        <translation>마이크를 켜지 못했습니다</translation>
    </message>
    <message>
        <source>Could not transfer the contact</source>
        <translation>상담을 전환하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not start the consultation</source>
        <translation>협의를 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not complete the transfer</source>
        <translation>전환을 완료하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not start the conference</source>
        <translation>3자 통화를 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not cancel the consultation</source>
        <translation>협의를 취소하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not end the contact</source>
        <translation>상담을 종료하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not finish the wrap-up</source>
        <translation>후처리를 완료하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not link the customer</source>
        <translation>고객을 연결하지 못했습니다</translation>
    </message>
    <message>
        <source>The message was not sent</source>
        <translation>메시지를 보내지 못했습니다</translation>
    </message>
    <message>
        <source>The message to your colleagues was not sent</source>
        <translation>동료에게 보낼 메시지를 보내지 못했습니다</translation>
    </message>
    <message>
        <source>Could not load your contacts</source>
        <translation>상담 목록을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Could not load the disposition codes</source>
        <translation>처리 결과 코드를 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Could not load the canned responses</source>
        <translation>상용구를 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You were signed out</source>
        <translation>로그아웃되었습니다</translation>
    </message>
    <message>
        <source>Could not pause the recording</source>
        <translation>녹음을 일시 중지할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not resume the recording</source>
        <translation>녹음을 재개할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AgentGridModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Longer in this state than the threshold</source>
        <translation>이 상태로 기준 시간보다 오래 있습니다</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>상태 지속 시간</translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation>현재 응대</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>수퍼바이저</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>점유율</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AgentSkillsDialog</name>
    <message>
        <source>The skills could not be loaded: %1</source>
        <translation>스킬을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not every change was taken:
%1</source>
        <translation>일부 변경이 반영되지 않았습니다:
%1</translation>
    </message>
    <message>
        <source>Skills of %1</source>
        <translation>%1의 스킬</translation>
    </message>
    <message>
        <source>Levels 1 (basic) to 10 (expert); 0 removes the skill. Routing uses the new levels at once.</source>
        <translation>레벨 1(기본)부터 10(전문가)까지이며, 0은 스킬을 없앱니다. 라우팅은 새 레벨을 즉시 사용합니다.</translation>
    </message>
    <message>
        <source>Loading the skills…</source>
        <translation>스킬을 불러오는 중…</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>스킬</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>레벨</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AgentStateBar</name>
    <message>
        <source>Signed in as %1</source>
        <translation>%1(으)로 로그인됨</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>내 상태: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <comment>the agent&apos;s active contacts</comment>
        <translation>
            <numerusform>상담 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>연결 끊김: %1</translation>
    </message>
    <message>
        <source>Time in state: %1</source>
        <translation>현재 상태 유지 시간: %1</translation>
    </message>
    <message>
        <source>Your state</source>
        <translation>내 상태</translation>
    </message>
    <message>
        <source>Not Ready reason</source>
        <translation>이석 사유</translation>
    </message>
    <message>
        <source>Takes no contacts</source>
        <translation>응대 없음</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AgentThresholdsDialog</name>
    <message>
        <source>red after %1</source>
        <translation>%1 후 빨간색</translation>
    </message>
    <message>
        <source>Agent State Thresholds</source>
        <translation>상담원 상태 시간 기준</translation>
    </message>
    <message>
        <source>The agent grid and the TV colour the time an agent has been in a state: amber once it is over the threshold, red once it is over twice the threshold. Ready agents are never coloured. The thresholds are saved with your wallboard layout.</source>
        <translation>상담원 표와 TV는 상담원이 한 상태에 머문 시간에 색을 입힙니다. 기준을 넘으면 주황색, 기준의 두 배를 넘으면 빨간색입니다. 대기 중인 상담원에게는 색을 입히지 않습니다. 기준은 내 월보드 배치와 함께 저장됩니다.</translation>
    </message>
    <message>
        <source>&amp;Not Ready:</source>
        <translation>이석(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;After-Call Work:</source>
        <translation>후처리(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Busy:</source>
        <translation>응대 중(&amp;B):</translation>
    </message>
    <message>
        <source>Hours:minutes:seconds, from 0:00:10 to 4:00:00.</source>
        <translation>시:분:초, 0:00:10부터 4:00:00까지.</translation>
    </message>
    <message>
        <source>Amber over this time, red over twice it</source>
        <translation>이 시간을 넘으면 주황색, 두 배를 넘으면 빨간색</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>기본값 복원(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AgentWorkspace</name>
    <message>
        <source>Connection to the contact centre restored.</source>
        <translation>컨택센터와 다시 연결되었습니다.</translation>
    </message>
    <message>
        <source>Connection to the contact centre lost: %1</source>
        <translation>컨택센터와 연결이 끊겼습니다: %1</translation>
    </message>
    <message>
        <source>Could not list the agents: %1</source>
        <translation>상담원 목록을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>This contact centre has no agents to sign in as.</source>
        <translation>이 컨택센터에는 로그인할 상담원이 없습니다.</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>새 %1</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>보류(&amp;H)</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>마이크 켜기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>음소거(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>통화 종료(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>완료(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>종료(&amp;E)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Select a contact in the inbox</source>
        <translation>받은 상담함에서 상담 선택</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>위 / 아래</translation>
    </message>
    <message>
        <source>Move through the inbox</source>
        <translation>받은 상담함에서 이동</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation>보류 / 재개</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>음소거 / 해제</translation>
    </message>
    <message>
        <source>Chat, SMS, social, e-mail</source>
        <translation>채팅, 문자, 소셜, 이메일</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Send a chat, SMS or social reply</source>
        <translation>채팅·문자·소셜 답장 보내기</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>New line in a chat reply</source>
        <translation>채팅 답장에서 줄 바꿈</translation>
    </message>
    <message>
        <source>Alt+S</source>
        <translation>Alt+S</translation>
    </message>
    <message>
        <source>Send (also an e-mail)</source>
        <translation>보내기 (이메일 포함)</translation>
    </message>
    <message>
        <source>Customer and help</source>
        <translation>고객과 도움 요청</translation>
    </message>
    <message>
        <source>Your state</source>
        <translation>내 상태</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Next / previous pane: inbox, contact, customer, help</source>
        <translation>다음 / 이전 영역: 받은 상담함, 상담, 고객, 도움 요청</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>다음 / 이전 입력란</translation>
    </message>
    <message>
        <source>Agent workspace</source>
        <translation>상담원 작업 공간</translation>
    </message>
    <message>
        <source>Sign &amp;In As…</source>
        <translation>다른 상담원으로 로그인(&amp;I)…</translation>
    </message>
    <message>
        <source>Work as another agent</source>
        <translation>다른 상담원으로 일하기</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>수락(&amp;A)</translation>
    </message>
    <message>
        <source>Accept the offered contact (Ctrl+Enter)</source>
        <translation>배정된 상담 수락 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>거절(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the offer; it goes back to the queue (Ctrl+Shift+R)</source>
        <translation>배정 거절: 상담이 대기열로 돌아갑니다 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>전환(&amp;T)…</translation>
    </message>
    <message>
        <source>Transfer to a colleague or a queue (Ctrl+Shift+T)</source>
        <translation>동료나 대기열로 전환 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Consult…</source>
        <translation>협의(&amp;C)…</translation>
    </message>
    <message>
        <source>Talk to a colleague first, the customer on hold (Ctrl+Shift+K)</source>
        <translation>고객을 보류하고 먼저 동료와 협의 (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Complete &amp;transfer</source>
        <translation>전환 완료(&amp;T)</translation>
    </message>
    <message>
        <source>Con&amp;ference</source>
        <translation>3자 통화(&amp;F)</translation>
    </message>
    <message>
        <source>Join the customer, your colleague and you (Ctrl+Shift+C)</source>
        <translation>고객, 동료, 나를 함께 연결 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Cancel consult</source>
        <translation>협의 취소</translation>
    </message>
    <message>
        <source>End the consultation and go back to the customer (Ctrl+Shift+X)</source>
        <translation>협의를 끝내고 고객에게 돌아가기 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>&amp;Finish wrap-up</source>
        <translation>후처리 완료(&amp;F)</translation>
    </message>
    <message>
        <source>Canned &amp;responses…</source>
        <translation>상용구(&amp;R)…</translation>
    </message>
    <message>
        <source>Insert a prepared reply (Ctrl+/)</source>
        <translation>미리 준비한 답변 넣기 (Ctrl+/)</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>답장 쓰기</translation>
    </message>
    <message>
        <source>Find the customer to link</source>
        <translation>연결할 고객 찾기</translation>
    </message>
    <message>
        <source>New customer from this contact…</source>
        <translation>이 상담으로 새 고객 등록…</translation>
    </message>
    <message>
        <source>Ask colleagues for help</source>
        <translation>동료에게 도움 요청</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>대기(&amp;R)</translation>
    </message>
    <message>
        <source>Receive contacts (Ctrl+Alt+R)</source>
        <translation>상담 받기 (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Not Ready</source>
        <translation>이석(&amp;N)</translation>
    </message>
    <message>
        <source>Take a break from new contacts, with a reason (Ctrl+Alt+N)</source>
        <translation>사유를 고르고 새 상담 받지 않기 (Ctrl+Alt+N)</translation>
    </message>
    <message>
        <source>After-Call &amp;Work</source>
        <translation>후처리(&amp;W)</translation>
    </message>
    <message>
        <source>Finish your notes before the next contact (Ctrl+Alt+W)</source>
        <translation>다음 상담 전에 메모 마무리 (Ctrl+Alt+W)</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>다음 영역</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>이전 영역</translation>
    </message>
    <message>
        <source>Contact %1 in the inbox</source>
        <translation>받은 상담함의 %1번째 상담</translation>
    </message>
    <message>
        <source>The customer of the selected contact appears here, with their history on every channel.</source>
        <translation>선택한 상담의 고객과 모든 채널의 이력이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Customer of the selected contact</source>
        <translation>선택한 상담의 고객</translation>
    </message>
    <message>
        <source>Offer outcome recorded.</source>
        <translation>제안 결과를 기록했습니다.</translation>
    </message>
    <message>
        <source>Offer &amp;Catalogue…</source>
        <translation>제안 카탈로그(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit the offers agents suggest and see how they did (Ctrl+Alt+K)</source>
        <translation>상담사가 추천하는 제안을 편집하고 성과를 확인합니다 (Ctrl+Alt+K)</translation>
    </message>
    <message>
        <source>Resume rec&amp;ording</source>
        <translation>녹음 재개(&amp;O)</translation>
    </message>
    <message>
        <source>Pause rec&amp;ording</source>
        <translation>녹음 일시 중지(&amp;O)</translation>
    </message>
    <message>
        <source>Record the call again (Ctrl+Shift+P)</source>
        <translation>통화 녹음을 다시 시작합니다 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Stop recording while the customer gives card details (Ctrl+Shift+P)</source>
        <translation>고객이 카드 정보를 말하는 동안 녹음을 중지합니다 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pause / resume recording (card details)</source>
        <translation>녹음 일시 중지/재개(카드 정보)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AuditLogModel</name>
    <message>
        <source>Playback</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>법적 보존 설정</translation>
    </message>
    <message>
        <source>Legal hold lifted</source>
        <translation>법적 보존 해제</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>ContactDesk itself</source>
        <translation>ContactDesk 자체</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>사용자 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recording %1 · contact %2</source>
        <translation>녹음 %1 · 상담 %2</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>녹음 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>녹음</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AuditLogPanel</name>
    <message>
        <source>The audit log could not be read</source>
        <translation>감사 로그를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>No audit entries match these filters.</source>
        <translation>이 조건에 맞는 감사 기록이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>감사 기록 %n건, 최신순입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The audit log is read-only: entries are never changed or removed.</source>
        <translation>%1 감사 로그는 읽기 전용입니다. 기록은 변경되거나 삭제되지 않습니다.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Deletion and legal hold</source>
        <translation>삭제 및 법적 보존</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>모든 결과</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>작업(&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>결과(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Ol&amp;der Entries</source>
        <translation>이전 기록(&amp;D)</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CalibrationDisagreementModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>편차</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CalibrationPanel</name>
    <message>
        <source>%1 points</source>
        <translation>%1점</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluator(s), %1 with a score</source>
        <translation>
            <numerusform>평가자 %n명(점수 산출 %1명)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>평균 %1</translation>
    </message>
    <message>
        <source>Spread %1 (%2 to %3)</source>
        <translation>편차 %1 (%2~%3)</translation>
    </message>
    <message>
        <source>Spread %1</source>
        <translation>편차 %1</translation>
    </message>
    <message>
        <source>Std. dev. %1</source>
        <translation>표준편차 %1</translation>
    </message>
    <message>
        <source>Population standard deviation of the evaluators&apos; scores</source>
        <translation>평가자 점수의 모표준편차</translation>
    </message>
    <message>
        <source>The evaluators answered every question alike.</source>
        <translation>평가자들이 모든 질문에 동일하게 답했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered differently:</source>
        <translation>
            <numerusform>답변이 다른 질문 %n개:</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores by evaluator:</source>
        <translation>평가자별 점수:</translation>
    </message>
    <message>
        <source>Scores by evaluator</source>
        <translation>평가자별 점수</translation>
    </message>
    <message>
        <source>Questions the evaluators disagree on</source>
        <translation>평가자 간 의견이 다른 질문</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CalibrationScoreModel</name>
    <message>
        <source>%1 points</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>From the mean</source>
        <translation>평균과의 차이</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CannedResponsePopup</name>
    <message>
        <source>There are no canned responses for this channel.</source>
        <translation>이 채널에 쓸 상용구가 없습니다.</translation>
    </message>
    <message>
        <source>No canned response matches “%1”.</source>
        <translation>“%1”에 맞는 상용구가 없습니다.</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>상용구 검색</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>상용구</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CoachingSessionModel</name>
    <message>
        <source>Agent %1</source>
        <translation>상담원 %1</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>평가 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s)</source>
        <translation>
            <numerusform>클립 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>To go through</source>
        <translation>검토 항목</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CoachingSessionPanel</name>
    <message>
        <source>Contact %1, %2–%3</source>
        <translation>상담 %1, %2–%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The coaching sessions could not be loaded</source>
        <translation>코칭 세션을 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>You have not assigned a coaching session yet. Choose an agent, give it a title and save it.</source>
        <translation>아직 배정한 코칭 세션이 없습니다. 상담원을 선택하고 제목을 입력한 후 저장하십시오.</translation>
    </message>
    <message>
        <source>No coaching session has been assigned to you yet.</source>
        <translation>아직 배정된 코칭 세션이 없습니다.</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>상담원 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>This agent has no submitted evaluation yet.</source>
        <translation>이 상담원은 아직 제출된 평가가 없습니다.</translation>
    </message>
    <message>
        <source>No evaluation is linked to this session.</source>
        <translation>이 세션에 연결된 평가가 없습니다.</translation>
    </message>
    <message>
        <source>The session could not be saved</source>
        <translation>세션을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Coaching session “%1” saved.</source>
        <translation>코칭 세션 “%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Give the session a title first</source>
        <translation>먼저 세션 제목을 입력하십시오</translation>
    </message>
    <message>
        <source>Selected in the player: %1</source>
        <translation>플레이어에서 선택한 구간: %1</translation>
    </message>
    <message>
        <source>Select a stretch of a call on the waveform to add it as a clip.</source>
        <translation>파형에서 통화 구간을 선택하면 클립으로 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>새 세션(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>상담원(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>What the session is about</source>
        <translation>세션 주제</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>기한(&amp;U)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>메모(&amp;O)</translation>
    </message>
    <message>
        <source>What to practise, what went well</source>
        <translation>연습할 점, 잘한 점</translation>
    </message>
    <message>
        <source>Evaluations to go through</source>
        <translation>검토할 평가</translation>
    </message>
    <message>
        <source>Clips to play together</source>
        <translation>함께 재생할 클립</translation>
    </message>
    <message>
        <source>Note for the clip (optional)</source>
        <translation>클립 메모(선택 사항)</translation>
    </message>
    <message>
        <source>Add the Player&apos;s &amp;Selection</source>
        <translation>플레이어 선택 구간 추가(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove Clip</source>
        <translation>클립 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Play Clip</source>
        <translation>클립 재생(&amp;P)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Session</source>
        <translation>세션 저장(&amp;V)</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>코칭 세션</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CoachingText</name>
    <message>
        <source>Hold</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>호 전환</translation>
    </message>
    <message>
        <source>Recording paused — not recorded</source>
        <translation>녹음 일시 중지 — 녹음되지 않음</translation>
    </message>
    <message>
        <source>On hold at %1 for %2</source>
        <translation>%1에 %2 동안 보류</translation>
    </message>
    <message>
        <source>Transferred at %1</source>
        <translation>%1에 호 전환</translation>
    </message>
    <message>
        <source>Recording paused at %1 — %2 of the call were not recorded</source>
        <translation>%1에 녹음 일시 중지 — 통화 중 %2 분량이 녹음되지 않았습니다</translation>
    </message>
    <message>
        <source>Not recorded (no consent)</source>
        <translation>녹음 안 됨(동의 없음)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Recorded · legal hold</source>
        <translation>녹음됨 · 법적 보존</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>녹음됨</translation>
    </message>
    <message>
        <source>Call audio</source>
        <translation>통화 음성</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>대화 기록</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>이의 제기됨</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>채점됨</translation>
    </message>
    <message>
        <source>Critical failed</source>
        <translation>치명 항목 미충족</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 · critical failed</source>
        <translation>%1 · 치명 항목 미충족</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>미응답</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1/%2점</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>팀장</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>슈퍼바이저</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Sign in first: coaching works in your name.</source>
        <translation>먼저 로그인하십시오. 코칭은 사용자 이름으로 진행됩니다.</translation>
    </message>
    <message>
        <source>The connection to the contact centre is lost.</source>
        <translation>컨택센터와의 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>이 작업을 수행할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The recording is under legal hold; lift the hold before deleting it.</source>
        <translation>법적 보존 중인 녹음입니다. 삭제하려면 먼저 보존을 해제하세요.</translation>
    </message>
    <message>
        <source>The recording is under evaluation: it can be deleted once the agent has acknowledged the evaluation or its draft is discarded.</source>
        <translation>평가 중인 녹음입니다. 상담원이 평가를 확인하거나 평가 초안을 폐기한 뒤에 삭제할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CoachingView</name>
    <message>
        <source>Coaching is not available here.</source>
        <translation>여기에서는 코칭을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sign in to coach: recordings and evaluations are opened in your name.</source>
        <translation>코칭하려면 로그인하십시오. 녹음과 평가는 사용자 이름으로 열립니다.</translation>
    </message>
    <message>
        <source>Coaching is not available until someone is signed in: %1</source>
        <translation>로그인한 사용자가 있어야 코칭을 사용할 수 있습니다: %1</translation>
    </message>
    <message>
        <source>The agents could not be loaded</source>
        <translation>상담원 목록을 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>The recording could not be found</source>
        <translation>녹음을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Contact %1 has no recording.</source>
        <translation>상담 %1에는 녹음이 없습니다.</translation>
    </message>
    <message>
        <source>%1 of %2, %3–%4</source>
        <translation>%2의 %1, %3–%4</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>라이브러리(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>검토(&amp;R)</translation>
    </message>
    <message>
        <source>Coaching &amp;Sessions</source>
        <translation>코칭 세션(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;valuations &amp;&amp; Trend</source>
        <translation>평가 &amp;&amp; 추세(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;My Evaluations</source>
        <translation>내 평가(&amp;M)</translation>
    </message>
    <message>
        <source>Aud&amp;it Log</source>
        <translation>감사 로그(&amp;I)</translation>
    </message>
    <message>
        <source>Coaching as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>코칭 사용자: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CommentListModel</name>
    <message>
        <source>A message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ContactInboxModel</name>
    <message>
        <source>Unknown customer</source>
        <translation>알 수 없는 고객</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>대기 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>새 메시지 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds left to accept an offer</comment>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>offer, %1 left to accept</source>
        <translation>배정됨, 수락까지 %1 남음</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ContactPane</name>
    <message>
        <source>%1 with %2</source>
        <translation>%2 고객과 %1</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP 고객</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>콜백</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>캠페인 발신</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>발신</translation>
    </message>
    <message>
        <source>%1, muted</source>
        <translation>%1, 음소거</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>협의 중</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>3자 통화</translation>
    </message>
    <message>
        <source>Incoming %1</source>
        <translation>새 %1 상담</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>대기열: %1</translation>
    </message>
    <message>
        <source>You are consulting a colleague. The customer is on hold.</source>
        <translation>동료와 협의 중입니다. 고객은 보류 중입니다.</translation>
    </message>
    <message>
        <source>You are consulting %1. The customer is on hold.</source>
        <translation>%1 님과 협의 중입니다. 고객은 보류 중입니다.</translation>
    </message>
    <message>
        <source>Back-office task</source>
        <translation>백오피스 업무</translation>
    </message>
    <message>
        <source>Work on the task, then end it to wrap up.</source>
        <translation>업무를 처리한 뒤 종료하면 후처리로 넘어갑니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds left to accept an offer</comment>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left to accept</source>
        <translation>수락까지 %1 남음</translation>
    </message>
    <message>
        <source>Time in this state: %1</source>
        <translation>현재 상태 유지 시간: %1</translation>
    </message>
    <message>
        <source>Talk %1 · Hold %2</source>
        <translation>통화 %1 · 보류 %2</translation>
    </message>
    <message>
        <source>Call time: talking %1, on hold %2</source>
        <translation>통화 시간: 통화 %1, 보류 %2</translation>
    </message>
    <message>
        <source>No contact selected.

Offers and the contacts you handle appear in the inbox on the left. Go Ready (Ctrl+Alt+R) to receive them.</source>
        <translation>선택한 상담이 없습니다.

배정된 상담과 처리 중인 상담은 왼쪽 받은 상담함에 나타납니다. 상담을 받으려면 대기 상태(Ctrl+Alt+R)로 바꾸세요.</translation>
    </message>
    <message>
        <source>Sign in to receive calls, chats and messages.</source>
        <translation>전화, 채팅, 메시지를 받으려면 로그인하세요.</translation>
    </message>
    <message>
        <source>Call no&amp;tes (carried into the wrap-up):</source>
        <translation>통화 메모(&amp;T) (후처리에 이어짐):</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>통화 메모</translation>
    </message>
    <message>
        <source>Notes while you talk…</source>
        <translation>통화하며 메모…</translation>
    </message>
    <message>
        <source>Selected contact</source>
        <translation>선택한 상담</translation>
    </message>
    <message>
        <source>No contact selected.

Offers and the contacts you handle appear in the inbox on the left.</source>
        <translation>선택한 상담이 없습니다.

제안된 상담과 처리 중인 상담은 왼쪽 받은 상담함에 표시됩니다.</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>녹음 일시 중지됨</translation>
    </message>
    <message>
        <source>Not recorded (no consent)</source>
        <translation>녹음 안 됨(동의 없음)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ConversationPane</name>
    <message>
        <source>customer</source>
        <comment>stands in for an unknown customer&apos;s name in a canned response</comment>
        <translation>고객</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>%1에 %2 님이 쓴 글:</translation>
    </message>
    <message>
        <source>Enter: new line · Alt+S: send</source>
        <translation>Enter: 줄 바꿈 · Alt+S: 보내기</translation>
    </message>
    <message>
        <source>Enter: send · Shift+Enter: new line</source>
        <translation>Enter: 보내기 · Shift+Enter: 줄 바꿈</translation>
    </message>
    <message>
        <source>Write your e-mail reply…</source>
        <translation>이메일 답장을 쓰세요…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>답장을 쓰세요…</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>대화를 불러오는 중…</translation>
    </message>
    <message>
        <source>The conversation could not be loaded: %1</source>
        <translation>대화를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>아직 메시지가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>제목(&amp;U):</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>이메일 제목</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>내 답장</translation>
    </message>
    <message>
        <source>&amp;Quote the customer&apos;s last message</source>
        <translation>고객의 마지막 메시지 인용(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Send the reply (Alt+S)</source>
        <translation>답장 보내기 (Alt+S)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CsatTrendWidget</name>
    <message>
        <source>No ratings yet</source>
        <translation>아직 평가가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Average %1 over the last %Ln rating(s)</source>
        <translation>
            <numerusform>최근 %Ln건 평균 %1점</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction trend</source>
        <translation>만족도 추이</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CustomerDirectory</name>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln customer(s)</source>
        <translation>
            <numerusform>고객 %Ln명 (처음부터)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>고객 %Ln명 검색됨</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>검색하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>There are no customers yet.</source>
        <translation>아직 등록된 고객이 없습니다.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>“%1”에 해당하는 고객이 없습니다.</translation>
    </message>
    <message>
        <source>Name, phone, e-mail or company</source>
        <translation>이름, 전화번호, 이메일 또는 회사</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>고객 검색</translation>
    </message>
    <message>
        <source>Search customers by name, phone number (any format), e-mail or company (Ctrl+F)</source>
        <translation>이름, 전화번호(어떤 형식이든), 이메일 또는 회사로 고객 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>검색된 고객</translation>
    </message>
    <message>
        <source>Not connected to the contact centre yet.</source>
        <translation>아직 컨택센터에 연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>Sign in to search for customers.</source>
        <translation>고객을 검색하려면 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CustomerLinkPanel</name>
    <message>
        <source>“%1” is not a phone number; the customer was not created.</source>
        <translation>“%1”은(는) 전화번호가 아니어서 고객을 등록하지 않았습니다.</translation>
    </message>
    <message>
        <source>The customer was not created: %1</source>
        <translation>고객을 등록하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>검색하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Type a phone number, an e-mail address or a name.</source>
        <translation>전화번호, 이메일 주소 또는 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Nobody matches. Create a new customer from this contact?</source>
        <translation>일치하는 고객이 없습니다. 이 상담으로 새 고객을 등록할까요?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>고객 %Ln명 찾음</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is %1?</source>
        <translation>%1 님은 누구인가요?</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>알 수 없는 고객</translation>
    </message>
    <message>
        <source>This contact is not linked to a customer yet. Find them by phone number, e-mail or name and link them, or create a new customer.</source>
        <translation>이 상담은 아직 고객과 연결되지 않았습니다. 전화번호, 이메일 또는 이름으로 찾아 연결하거나 새 고객을 등록하세요.</translation>
    </message>
    <message>
        <source>Phone, e-mail or name</source>
        <translation>전화번호, 이메일 또는 이름</translation>
    </message>
    <message>
        <source>Search the customer to link</source>
        <translation>연결할 고객 검색</translation>
    </message>
    <message>
        <source>Customers to link</source>
        <translation>연결할 고객</translation>
    </message>
    <message>
        <source>&amp;Link to this contact</source>
        <translation>이 상담에 연결(&amp;L)</translation>
    </message>
    <message>
        <source>Create &amp;new customer…</source>
        <translation>새 고객 등록(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CustomerListModel</name>
    <message>
        <source>%1, VIP, %2</source>
        <translation>%1, VIP, %2</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CustomerProfileWidget</name>
    <message>
        <source>Customer profile</source>
        <translation>고객 프로필</translation>
    </message>
    <message>
        <source>Loading customer…</source>
        <translation>고객 정보를 불러오는 중…</translation>
    </message>
    <message>
        <source>Select a customer to see their profile.</source>
        <translation>고객을 선택하면 프로필이 표시됩니다.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>고객 정보</translation>
    </message>
    <message>
        <source>Preferred language:</source>
        <translation>선호 언어:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>고객 구분:</translation>
    </message>
    <message>
        <source>Value tier:</source>
        <translation>고객 등급:</translation>
    </message>
    <message>
        <source>Lifetime value:</source>
        <translation>고객 생애 가치:</translation>
    </message>
    <message>
        <source>Marketing consent:</source>
        <translation>마케팅 수신 동의:</translation>
    </message>
    <message>
        <source>Call recording consent:</source>
        <translation>통화 녹음 동의:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>가입일:</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Open work items</source>
        <translation>진행 중인 업무 항목</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>고객 만족도 (CSAT)</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP 고객</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>미동의</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (대표)</translation>
    </message>
    <message>
        <source>No contact points on file.</source>
        <translation>등록된 연락처가 없습니다.</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>기한 초과 (%1 마감)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>%1 마감</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, 기한 초과</translation>
    </message>
    <message>
        <source>No open work items.</source>
        <translation>진행 중인 업무 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The customer could not be loaded: %1</source>
        <translation>고객 정보를 불러오지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ContactDesk::DemoDataSeeder</name>
    <message>
        <source>Preparing a demo workspace with sample customers…</source>
        <translation>샘플 고객으로 데모 작업 공간을 준비하는 중…</translation>
    </message>
    <message>
        <source>ContactDesk</source>
        <translation>ContactDesk</translation>
    </message>
</context>
<context>
    <name>ContactDesk::DisplayText</name>
    <message>
        <source>Voice</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>소셜</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>업무 항목</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>인바운드</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>아웃바운드</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Waiting in queue</source>
        <translation>대기열에서 대기 중</translation>
    </message>
    <message>
        <source>Being offered</source>
        <translation>상담원 연결 중</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>상담 중</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>보류 중</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>후처리</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation>콜백 요청</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>호전환</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>접수 불가</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>개인</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>소상공인</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>공공기관</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>브론즈</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>실버</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>골드</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>플래티넘</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>정보 안내</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>후속 조치 필요</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>콜백 예약</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>상위 부서 이관</translation>
    </message>
    <message>
        <source>Sale made</source>
        <translation>판매 성공</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>판매 실패</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>불만 접수</translation>
    </message>
    <message>
        <source>Cancellation request</source>
        <translation>해지 요청</translation>
    </message>
    <message>
        <source>Technical issue</source>
        <translation>기술 문제</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>잘못 걸린 전화</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Left voicemail</source>
        <translation>음성 메시지 남김</translation>
    </message>
    <message>
        <source>Spam or abuse</source>
        <translation>스팸/악성</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>웹 채팅</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>직장</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>자택</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>사무실</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>개인</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>챗봇</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>발신 통화</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>수신 통화</translation>
    </message>
    <message>
        <source>Chat conversation</source>
        <translation>채팅 상담</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>이메일 발신</translation>
    </message>
    <message>
        <source>E-mail received</source>
        <translation>이메일 수신</translation>
    </message>
    <message>
        <source>Text message sent</source>
        <translation>문자 발신</translation>
    </message>
    <message>
        <source>Text message received</source>
        <translation>문자 수신</translation>
    </message>
    <message>
        <source>Social media message</source>
        <translation>소셜 메시지</translation>
    </message>
    <message>
        <source>Back-office task</source>
        <translation>후선 업무</translation>
    </message>
    <message>
        <source>KakaoTalk</source>
        <translation>카카오톡</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>페이스북</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>인스타그램</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>라인</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>이석</translation>
    </message>
    <message>
        <source>After-Call Work</source>
        <translation>후처리</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>휴식</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>식사</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>교육</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>코칭</translation>
    </message>
    <message>
        <source>Administrative work</source>
        <translation>행정 업무</translation>
    </message>
    <message>
        <source>Missed an offer</source>
        <translation>배정 놓침</translation>
    </message>
    <message>
        <source>Rejected an offer</source>
        <translation>배정 거절</translation>
    </message>
    <message>
        <source>Just signed in</source>
        <translation>방금 로그인함</translation>
    </message>
    <message>
        <source>The offer from %1 timed out and went back to the queue.</source>
        <translation>%1 님의 배정 시간이 지나 상담이 대기열로 돌아갔습니다.</translation>
    </message>
    <message>
        <source>You rejected the offer from %1; it went back to the queue.</source>
        <translation>%1 님의 배정을 거절했습니다. 상담이 대기열로 돌아갔습니다.</translation>
    </message>
    <message>
        <source>%1 hung up or left before you answered.</source>
        <translation>응대하기 전에 %1 님이 전화를 끊거나 나갔습니다.</translation>
    </message>
    <message>
        <source>The contact with %1 was transferred.</source>
        <translation>%1 님과의 상담이 전환되었습니다.</translation>
    </message>
    <message>
        <source>The contact with %1 is closed.</source>
        <translation>%1 님과의 상담이 종료되었습니다.</translation>
    </message>
    <message>
        <source>The contact with %1 went back to the queue.</source>
        <translation>%1 님과의 상담이 대기열로 돌아갔습니다.</translation>
    </message>
    <message>
        <source>The offer from %1 was withdrawn.</source>
        <translation>%1 님의 배정이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>응대 가능</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>이석</translation>
    </message>
    <message>
        <source>Wrapping up</source>
        <translation>후처리 중</translation>
    </message>
</context>
<context>
    <name>ContactDesk::DrillDownDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load the contacts: %1</source>
        <translation>응대 목록을 불러오지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>응대 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::DrillDownModel</name>
    <message>
        <source>Not identified</source>
        <translation>미확인</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>응대</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
</context>
<context>
    <name>ContactDesk::EvaluationEditor</name>
    <message>
        <source>Open a recording in the library to evaluate it.</source>
        <translation>평가하려면 라이브러리에서 녹음을 여십시오.</translation>
    </message>
    <message>
        <source>Team leads evaluate contacts. Your own evaluations are under My Evaluations.</source>
        <translation>상담 평가는 팀장이 합니다. 본인의 평가는 내 평가에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>This is your own contact: someone else evaluates it.</source>
        <translation>본인이 처리한 상담이므로 다른 사람이 평가합니다.</translation>
    </message>
    <message>
        <source>The scorecard could not be loaded</source>
        <translation>평가표를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>There is no scorecard to evaluate with yet.</source>
        <translation>아직 평가에 사용할 평가표가 없습니다.</translation>
    </message>
    <message>
        <source>The scorecards could not be loaded</source>
        <translation>평가표 목록을 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>What went well, what to work on</source>
        <translation>잘한 점, 개선할 점</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>임시 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>임시 저장했습니다.</translation>
    </message>
    <message>
        <source>The evaluation could not be submitted</source>
        <translation>평가를 제출할 수 없습니다</translation>
    </message>
    <message>
        <source>Evaluation submitted: %1.</source>
        <translation>평가를 제출했습니다: %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 사항</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>임시 저장됨 %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>아직 저장 안 됨</translation>
    </message>
    <message numerus="yes">
        <source>Answer every question first: %n left</source>
        <translation>
            <numerusform>먼저 모든 질문에 답하십시오: %n개 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the evaluation to the agent; it cannot be changed afterwards</source>
        <translation>평가를 상담원에게 제출합니다. 제출 후에는 변경할 수 없습니다</translation>
    </message>
    <message>
        <source>Score&amp;card</source>
        <translation>평가표(&amp;C)</translation>
    </message>
    <message>
        <source>O&amp;verall comment</source>
        <translation>종합 의견(&amp;V)</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>임시 저장(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>제출(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::EvaluationListModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>ContactDesk::EvaluationPanel</name>
    <message>
        <source>Evaluated by %1</source>
        <translation>평가자: %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>제출 %1</translation>
    </message>
    <message>
        <source>draft, last saved %1</source>
        <translation>임시 저장, 마지막 저장 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;종합:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Acknowledged by the agent</source>
        <translation>상담원이 확인함</translation>
    </message>
    <message>
        <source>Disputed by the agent</source>
        <translation>상담원이 이의 제기함</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): %3</translation>
    </message>
    <message>
        <source>The scorecard could not be loaded</source>
        <translation>평가표를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>Say why you disagree first</source>
        <translation>먼저 이의 사유를 입력하십시오</translation>
    </message>
    <message>
        <source>The evaluation could not be acknowledged</source>
        <translation>평가를 확인 처리할 수 없습니다</translation>
    </message>
    <message>
        <source>The evaluation could not be disputed</source>
        <translation>평가에 이의를 제기할 수 없습니다</translation>
    </message>
    <message>
        <source>You acknowledged the evaluation.</source>
        <translation>평가를 확인했습니다.</translation>
    </message>
    <message>
        <source>You disputed the evaluation; your team lead sees why.</source>
        <translation>평가에 이의를 제기했습니다. 팀장에게 사유가 표시됩니다.</translation>
    </message>
    <message>
        <source>Your comment (needed to dispute)</source>
        <translation>의견(이의 제기 시 필수)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>확인(&amp;A)</translation>
    </message>
    <message>
        <source>You have read the evaluation and accept it</source>
        <translation>평가를 읽고 수용합니다</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>이의 제기(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recording</source>
        <translation>녹음 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>평가</translation>
    </message>
</context>
<context>
    <name>ContactDesk::InboxWidget</name>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>배정 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <comment>contacts being handled</comment>
        <translation>
            <numerusform>진행 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Sign in to receive contacts.</source>
        <translation>상담을 받으려면 로그인하세요.</translation>
    </message>
    <message>
        <source>You are Ready. New calls, chats and messages appear here.</source>
        <translation>대기 상태입니다. 새 전화, 채팅, 메시지가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>No contacts. Go Ready to receive calls, chats and messages.</source>
        <translation>상담이 없습니다. 전화, 채팅, 메시지를 받으려면 대기 상태로 바꾸세요.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>받은 상담함</translation>
    </message>
    <message>
        <source>Offered and active contacts</source>
        <translation>배정된 상담과 진행 중인 상담</translation>
    </message>
    <message>
        <source>Your account has no agent desk: you supervise and coach, and receive no contacts.</source>
        <translation>상담원 데스크가 없는 계정입니다. 모니터링과 코칭만 하며 응대는 배정되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::InteractionReview</name>
    <message>
        <source>Export Recording</source>
        <translation>녹음 내보내기</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 오디오 (*.wav)</translation>
    </message>
    <message>
        <source>Transcript JSON (*.json)</source>
        <translation>대화록 JSON (*.json)</translation>
    </message>
    <message>
        <source>Delete Recording</source>
        <translation>녹음 삭제</translation>
    </message>
    <message>
        <source>Delete the recording of contact %1 (%2, %3)? Its file is destroyed and cannot be restored; the deletion and its reason are written to the audit log.</source>
        <translation>상담 %1(%2, %3)의 녹음을 삭제할까요? 파일은 파기되어 복구할 수 없으며, 삭제 사실과 사유가 감사 로그에 기록됩니다.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>사유(필수)(&amp;R):</translation>
    </message>
    <message>
        <source>Why this recording is deleted</source>
        <translation>이 녹음을 삭제하는 이유</translation>
    </message>
    <message>
        <source>&amp;Delete Recording</source>
        <translation>녹음 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>This recording is under legal hold: it cannot be deleted until the hold is lifted.</source>
        <translation>이 녹음은 법적 보존 중이므로 보존을 해제하기 전에는 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Open a recording from the library to play it, comment on it and evaluate it.</source>
        <translation>라이브러리에서 녹음을 열어 재생하고, 코멘트를 남기고, 평가하십시오.</translation>
    </message>
    <message>
        <source>Not recorded: the customer did not consent to recording, so there is nothing to play or read.</source>
        <translation>녹음되지 않음: 고객이 녹음에 동의하지 않아 재생하거나 볼 내용이 없습니다.</translation>
    </message>
    <message>
        <source>This recording was deleted on %1; only its details are left.</source>
        <translation>이 녹음은 %1에 삭제되어 상세 정보만 남아 있습니다.</translation>
    </message>
    <message>
        <source>Opening the recording…</source>
        <translation>녹음을 여는 중…</translation>
    </message>
    <message>
        <source>The recording could not be opened</source>
        <translation>녹음을 열 수 없습니다</translation>
    </message>
    <message>
        <source>The recording could not be played: %1</source>
        <translation>녹음을 재생할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The transcript could not be read: %1</source>
        <translation>대화 기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 long</source>
        <translation>길이 %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>대기열 %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>팀 %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message numerus="yes">
        <source>recording paused %n time(s)</source>
        <translation>
            <numerusform>녹음 일시 중지 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording exported to %1</source>
        <translation>녹음을 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>The recording could not be exported</source>
        <translation>녹음을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>The recording could not be deleted</source>
        <translation>녹음을 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>The recording of contact %1 is deleted.</source>
        <translation>상담 %1의 녹음이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>The recording is under legal hold: nobody can delete it.</source>
        <translation>이 녹음은 법적 보존 중이므로 누구도 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The legal hold is lifted.</source>
        <translation>법적 보존이 해제되었습니다.</translation>
    </message>
    <message>
        <source>The legal hold could not be placed</source>
        <translation>법적 보존을 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>The legal hold could not be lifted</source>
        <translation>법적 보존을 해제할 수 없습니다</translation>
    </message>
    <message>
        <source>Save a copy of the recording as a file; the export is written to the audit log</source>
        <translation>녹음 사본을 파일로 저장합니다. 내보내기는 감사 로그에 기록됩니다</translation>
    </message>
    <message>
        <source>Under legal hold: neither retention nor anyone else deletes this recording. Click to lift the hold.</source>
        <translation>법적 보존 중: 보존 기간 만료나 다른 누구도 이 녹음을 삭제하지 않습니다. 클릭하면 보존을 해제합니다.</translation>
    </message>
    <message>
        <source>Keep this recording from being deleted, by retention or by anyone</source>
        <translation>보존 기간 만료나 다른 누구에 의해서도 이 녹음이 삭제되지 않도록 보존합니다</translation>
    </message>
    <message>
        <source>Under legal hold: lift the hold before deleting the recording</source>
        <translation>법적 보존 중: 녹음을 삭제하려면 먼저 보존을 해제하세요</translation>
    </message>
    <message>
        <source>Delete the recording for good, with a reason for the audit log</source>
        <translation>감사 로그에 남길 사유와 함께 녹음을 영구 삭제합니다</translation>
    </message>
    <message>
        <source>The comments could not be loaded</source>
        <translation>코멘트를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Coaching comments (%1)</source>
        <translation>코칭 코멘트(%1)</translation>
    </message>
    <message>
        <source>The evaluations could not be loaded</source>
        <translation>평가를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>Nobody has evaluated this interaction yet.</source>
        <translation>아직 이 상담을 평가한 사람이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Calibration compares the scores of two or more evaluators of this interaction. %n evaluation(s) submitted so far.</source>
        <translation>
            <numerusform>캘리브레이션은 이 상담을 평가한 평가자 2명 이상의 점수를 비교합니다. 지금까지 제출된 평가는 %n건입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No calibration</source>
        <translation>캘리브레이션 없음</translation>
    </message>
    <message>
        <source>The comment could not be added</source>
        <translation>코멘트를 추가할 수 없습니다</translation>
    </message>
    <message>
        <source>The comment could not be deleted</source>
        <translation>코멘트를 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Add at %1</source>
        <translation>%1에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add to Message %1</source>
        <translation>메시지 %1에 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add Comment</source>
        <translation>코멘트 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Select the message the comment is about first</source>
        <translation>먼저 코멘트를 달 메시지를 선택하십시오</translation>
    </message>
    <message>
        <source>Only its author deletes a comment</source>
        <translation>코멘트는 작성자만 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>평가(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;valuations (%1)</source>
        <translation>평가(%1)(&amp;V)</translation>
    </message>
    <message>
        <source>Ca&amp;libration (%1)</source>
        <translation>캘리브레이션(%1)(&amp;L)</translation>
    </message>
    <message>
        <source>Ca&amp;libration</source>
        <translation>캘리브레이션(&amp;L)</translation>
    </message>
    <message>
        <source>A coaching comment on this moment</source>
        <translation>이 시점에 대한 코칭 코멘트</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>삭제(&amp;L)</translation>
    </message>
    <message>
        <source>Coaching comments</source>
        <translation>코칭 코멘트</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Legal &amp;Hold</source>
        <translation>법적 보존(&amp;H)</translation>
    </message>
    <message>
        <source>Delete Re&amp;cording…</source>
        <translation>녹음 삭제(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::InternalChatWidget</name>
    <message>
        <source>Sales experts</source>
        <translation>영업 전문가</translation>
    </message>
    <message>
        <source>Billing experts</source>
        <translation>요금 전문가</translation>
    </message>
    <message>
        <source>Technical support experts</source>
        <translation>기술 지원 전문가</translation>
    </message>
    <message>
        <source>Retention experts</source>
        <translation>해지 방어 전문가</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>백오피스</translation>
    </message>
    <message>
        <source>Korean speakers</source>
        <translation>한국어 가능 상담원</translation>
    </message>
    <message>
        <source>English speakers</source>
        <translation>영어 가능 상담원</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>그룹: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>나</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>동료</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Ask a colleague or an expert group; the customer does not see this.</source>
        <translation>동료나 전문가 그룹에게 물어보세요. 고객에게는 보이지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Help (%n new)</source>
        <translation>
            <numerusform>도움 요청 (새 글 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움 요청</translation>
    </message>
    <message>
        <source>Ask whom</source>
        <translation>질문할 대상</translation>
    </message>
    <message>
        <source>A colleague or an expert group</source>
        <translation>동료 또는 전문가 그룹</translation>
    </message>
    <message>
        <source>Refresh the list of colleagues</source>
        <translation>동료 목록 새로 고침</translation>
    </message>
    <message>
        <source>Internal help messages</source>
        <translation>내부 도움 요청 메시지</translation>
    </message>
    <message>
        <source>Ask for help…</source>
        <translation>도움을 요청하세요…</translation>
    </message>
    <message>
        <source>Message to colleagues</source>
        <translation>동료에게 보낼 메시지</translation>
    </message>
</context>
<context>
    <name>ContactDesk::MainWindow</name>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래쪽 화살표</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>검색창에서 검색 결과로 이동</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Switch the focused channel filter on or off</source>
        <translation>선택한 채널 필터 켜기/끄기</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Search at once without waiting</source>
        <translation>기다리지 않고 바로 검색</translation>
    </message>
    <message>
        <source>About ContactDesk</source>
        <translation>ContactDesk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ContactDesk %1&lt;/h3&gt;&lt;p&gt;Calls, chats, e-mails, text and social messages in one window, with the customer&apos;s whole history beside them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ContactDesk %1&lt;/h3&gt;&lt;p&gt;전화, 채팅, 이메일, 문자, 소셜 메시지를 한 화면에서 처리하고, 고객의 전체 이력을 바로 옆에서 확인합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ContactDesk</source>
        <translation>ContactDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation>고객 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ContactDesk</source>
        <translation>ContactDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Local database: %1</source>
        <translation>로컬 데이터베이스: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <source>Customers view</source>
        <translation>고객 화면</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>월보드</translation>
    </message>
    <message>
        <source>Wallboard view</source>
        <translation>월보드 화면</translation>
    </message>
    <message>
        <source>On a figure of the queue table: the contacts behind it</source>
        <translation>대기열 표의 수치에서: 그 수치에 해당하는 응대</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the TV window</source>
        <translation>TV 창 닫기</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>코칭</translation>
    </message>
    <message>
        <source>Coaching view</source>
        <translation>코칭 화면</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>녹음 재생 또는 일시 중지</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Left / Right</translation>
    </message>
    <message>
        <source>On the waveform: five seconds back or forward</source>
        <translation>파형에서: 5초 뒤로 또는 앞으로 이동</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>On the waveform: to the start or the end</source>
        <translation>파형에서: 처음 또는 끝으로 이동</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>드래그</translation>
    </message>
    <message>
        <source>On the waveform: select a clip for a coaching session</source>
        <translation>파형에서: 코칭 세션용 클립 선택</translation>
    </message>
    <message>
        <source>On the waveform: clear the selection</source>
        <translation>파형에서: 선택 해제</translation>
    </message>
    <message>
        <source>Save the evaluation as a draft</source>
        <translation>평가 임시 저장</translation>
    </message>
</context>
<context>
    <name>ContactDesk::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>A name or a company is enough; the rest can be added later.</source>
        <translation>이름이나 회사명만 있으면 됩니다. 나머지는 나중에 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>성(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>이름(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>회사(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;VIP</source>
        <translation>VIP(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Create and link</source>
        <translation>등록하고 연결(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::NextOfferPanel</name>
    <message>
        <source>Could not load the next offer: %1</source>
        <translation>다음 제안을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 likely to accept · earns %2</source>
        <translation>수락 가능성 %1 · 수익 %2</translation>
    </message>
    <message>
        <source>No offer fits this customer now.</source>
        <translation>지금 이 고객에게 맞는 제안이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recorded — %1</source>
        <translation>기록됨 — %1</translation>
    </message>
    <message>
        <source>Could not record the offer&apos;s outcome: %1</source>
        <translation>제안 결과를 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>다음에</translation>
    </message>
    <message>
        <source>Next best offer</source>
        <translation>추천 제안</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>The customer takes the offer (Ctrl+Alt+Y)</source>
        <translation>고객이 제안을 받아들입니다 (Ctrl+Alt+Y)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>The customer does not want it; not offered again for a while (Ctrl+Alt+D)</source>
        <translation>고객이 원하지 않습니다. 한동안 다시 제안하지 않습니다 (Ctrl+Alt+D)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>다음에</translation>
    </message>
    <message>
        <source>Not the right moment; it may come up again (Ctrl+Alt+L)</source>
        <translation>지금은 때가 아닙니다. 다시 제안될 수 있습니다 (Ctrl+Alt+L)</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>제안 수락</translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation>제안 거절</translation>
    </message>
    <message>
        <source>Offer: not now</source>
        <translation>제안: 다음에</translation>
    </message>
    <message>
        <source>the offer has ended</source>
        <translation>오퍼가 종료되었습니다</translation>
    </message>
    <message>
        <source>the offer has been paused</source>
        <translation>오퍼가 일시 중지되었습니다</translation>
    </message>
    <message>
        <source>the offer is not valid yet</source>
        <translation>오퍼가 아직 유효하지 않습니다</translation>
    </message>
</context>
<context>
    <name>ContactDesk::OfferCatalogueDialog</name>
    <message>
        <source>Could not load the offer catalogue: %1</source>
        <translation>제안 카탈로그를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>종료일 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty. Import one from a JSON file (see docs/OFFERS.md).</source>
        <translation>카탈로그가 비어 있습니다. JSON 파일에서 가져오세요 (docs/OFFERS.md 참고).</translation>
    </message>
    <message>
        <source>Select an offer to change its terms.</source>
        <translation>조건을 바꿀 제안을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An offer cannot end before it starts (%1).</source>
        <translation>제안은 시작일(%1) 이전에 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the offer: %1</source>
        <translation>제안을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saved. New suggestions use the changed terms.</source>
        <translation>저장했습니다. 새 추천부터 바뀐 조건이 적용됩니다.</translation>
    </message>
    <message>
        <source>Import an offer catalogue</source>
        <translation>제안 카탈로그 가져오기</translation>
    </message>
    <message>
        <source>Offer catalogues (*.json)</source>
        <translation>제안 카탈로그 (*.json)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1에서 아무것도 가져오지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed offers, %3 new and %4 changed products.</source>
        <translation>제안 %1개 추가, %2개 변경, 상품 %3개 추가, %4개 변경했습니다.</translation>
    </message>
    <message>
        <source>Could not load the report: %1</source>
        <translation>보고서를 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No agent recorded</source>
        <translation>기록된 상담사 없음</translation>
    </message>
    <message>
        <source>No offer outcomes were recorded in this period.</source>
        <translation>이 기간에 기록된 제안 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Up-sell</source>
        <translation>업셀</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>교차 판매</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>재약정</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>해지 방어</translation>
    </message>
    <message>
        <source>Partner promotion</source>
        <translation>제휴 프로모션</translation>
    </message>
    <message>
        <source>Offer catalogue</source>
        <translation>제안 카탈로그</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>카탈로그(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>결과(&amp;O)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>마진</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>재제안 대기</translation>
    </message>
    <message>
        <source>Offers in the catalogue</source>
        <translation>카탈로그의 제안</translation>
    </message>
    <message>
        <source>&amp;Active: suggested to eligible customers</source>
        <translation>사용(&amp;A): 대상 고객에게 추천</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>마진(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>유효 기간(&amp;V):</translation>
    </message>
    <message>
        <source>Cool-&amp;down after a decline:</source>
        <translation>거절 후 재제안 대기(&amp;D):</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>JSON에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>By offer</source>
        <translation>제안별</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>상담사별</translation>
    </message>
    <message>
        <source>By customer segment</source>
        <translation>고객 구분별</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>보고서(&amp;R):</translation>
    </message>
    <message>
        <source>Today (last 24 hours)</source>
        <translation>오늘 (최근 24시간)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>다음에</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>수락률</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>수익</translation>
    </message>
    <message>
        <source>Offer outcomes</source>
        <translation>제안 결과</translation>
    </message>
    <message>
        <source>Saved %1. New suggestions use it.</source>
        <translation>%1을(를) 저장했습니다. 새 추천에 반영됩니다.</translation>
    </message>
    <message>
        <source>&amp;New offer…</source>
        <translation>새 오퍼(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit all terms…</source>
        <translation>모든 조건 편집(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::OfferEditorDialog</name>
    <message>
        <source>Could not load the products: %1</source>
        <translation>상품을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is already an offer with the id %1. Choose another id.</source>
        <translation>ID가 %1인 오퍼가 이미 있습니다. 다른 ID를 선택하세요.</translation>
    </message>
    <message>
        <source>The offer was not saved: %1</source>
        <translation>오퍼를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Edit offer %1</source>
        <translation>오퍼 %1 편집</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>새 오퍼</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>오퍼</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ -</source>
        <translation>영문 소문자, 숫자, . _ -</translation>
    </message>
    <message>
        <source>Name (&amp;Korean):</source>
        <translation>이름(한국어)(&amp;K):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>이름(영어)(&amp;E):</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Product sold:</source>
        <translation>판매 상품(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>마진(&amp;M):</translation>
    </message>
    <message>
        <source>What the company earns when the customer accepts</source>
        <translation>고객이 수락하면 회사가 얻는 이익</translation>
    </message>
    <message>
        <source>Currency (ISO 4217, such as KRW)</source>
        <translation>통화(ISO 4217, 예: KRW)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Valid &amp;from (UTC):</source>
        <translation>유효 시작일(UTC)(&amp;F):</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>Valid &amp;until (UTC, inclusive):</source>
        <translation>유효 종료일(UTC, 포함)(&amp;U):</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>종료 없음</translation>
    </message>
    <message>
        <source>Required c&amp;onsent:</source>
        <translation>필요 동의(&amp;O):</translation>
    </message>
    <message>
        <source>None (service offer)</source>
        <translation>없음(서비스 오퍼)</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>마케팅 수신 동의</translation>
    </message>
    <message>
        <source>Cool-&amp;down after a decline:</source>
        <translation>거절 후 대기 기간(&amp;D):</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Assumed acce&amp;ptance:</source>
        <translation>가정 수락률(&amp;P):</translation>
    </message>
    <message>
        <source>The acceptance rate assumed before any outcome is known</source>
        <translation>결과가 쌓이기 전에 가정하는 수락률</translation>
    </message>
    <message>
        <source>&amp;Active: suggested to eligible customers</source>
        <translation>활성(&amp;A): 대상 고객에게 추천</translation>
    </message>
    <message>
        <source>Who may be offered it</source>
        <translation>제안 대상</translation>
    </message>
    <message>
        <source>Nothing ticked or entered means no restriction.</source>
        <translation>선택하거나 입력한 것이 없으면 제한이 없습니다.</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>세그먼트:</translation>
    </message>
    <message>
        <source>Value tiers:</source>
        <translation>가치 등급:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>채널:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>e.g. ko, en</source>
        <translation>예: ko, en</translation>
    </message>
    <message>
        <source>Phone &amp;regions:</source>
        <translation>전화번호 지역(&amp;R):</translation>
    </message>
    <message>
        <source>e.g. KR, US</source>
        <translation>예: KR, US</translation>
    </message>
    <message>
        <source>Contact reasons (&amp;queues):</source>
        <translation>문의 사유(대기열)(&amp;Q):</translation>
    </message>
    <message>
        <source>e.g. retention</source>
        <translation>예: retention</translation>
    </message>
    <message>
        <source>Minimum &amp;tenure:</source>
        <translation>최소 가입 기간(&amp;T):</translation>
    </message>
    <message>
        <source>Must own one &amp;of:</source>
        <translation>다음 중 하나 보유(&amp;O):</translation>
    </message>
    <message>
        <source>Products of which the customer must own at least one</source>
        <translation>고객이 하나 이상 보유해야 하는 상품</translation>
    </message>
    <message>
        <source>Must own &amp;none of:</source>
        <translation>다음 중 보유하지 않음(&amp;N):</translation>
    </message>
    <message>
        <source>Products the customer must not own</source>
        <translation>고객이 보유하면 안 되는 상품</translation>
    </message>
</context>
<context>
    <name>ContactDesk::QueueTableModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Unstaffed</source>
        <translation>배치 인원 없음</translation>
    </message>
    <message>
        <source>Target: %1% answered within %2 s. Double-click for the contacts answered later.</source>
        <translation>목표: %2초 이내 %1% 응답. 두 번 클릭하면 늦게 응답한 응대를 봅니다.</translation>
    </message>
    <message>
        <source>Longest wait today: %1</source>
        <translation>오늘 최장 대기: %1</translation>
    </message>
    <message>
        <source>Double-click for the contacts behind the figure</source>
        <translation>두 번 클릭하면 이 수치에 해당하는 응대를 봅니다</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>The oldest contact waiting now</source>
        <translation>지금 가장 오래 기다린 응대</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>최장</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>인입</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>오늘 서비스 수준</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>평균 응답 속도</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Estimated wait of a new arrival</source>
        <translation>새 인입의 예상 대기 시간</translation>
    </message>
    <message>
        <source>EWT</source>
        <translation>EWT</translation>
    </message>
    <message>
        <source>Callbacks waiting</source>
        <translation>대기 중인 콜백</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>콜백</translation>
    </message>
    <message>
        <source>Agents Ready who can take the queue&apos;s contacts</source>
        <translation>이 대기열의 응대를 받을 수 있는 대기 상담원</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Agents busy on a contact</source>
        <translation>응대 중인 상담원</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>응대 중</translation>
    </message>
    <message>
        <source>Agents in after-call work</source>
        <translation>후처리 중인 상담원</translation>
    </message>
    <message>
        <source>ACW</source>
        <translation>후처리</translation>
    </message>
    <message>
        <source>Agents Not Ready</source>
        <translation>이석 상담원</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>이석</translation>
    </message>
    <message numerus="yes">
        <source>Callbacks waiting now; double-click for them. %Ln contact(s) asked for one today.</source>
        <translation>
            <numerusform>지금 기다리는 콜백입니다. 두 번 클릭하면 목록이 열립니다. 오늘 콜백을 요청한 고객은 %Ln명입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::RecordingLibrary</name>
    <message>
        <source>All agents</source>
        <translation>모든 상담원</translation>
    </message>
    <message>
        <source>Recordings are not available here: %1</source>
        <translation>여기에서는 녹음을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The recordings could not be searched</source>
        <translation>녹음을 검색할 수 없습니다</translation>
    </message>
    <message>
        <source>No recordings match these filters.</source>
        <translation>필터 조건에 맞는 녹음이 없습니다.</translation>
    </message>
    <message>
        <source>No recordings yet. Calls, chats and e-mails are recorded when they close, if the customer consented.</source>
        <translation>아직 녹음이 없습니다. 통화, 채팅, 이메일은 고객이 동의한 경우 종료 시 기록됩니다.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>모든 팀</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>모든 대기열</translation>
    </message>
    <message>
        <source>All dispositions</source>
        <translation>모든 처리 결과</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n recording(s) shown</source>
        <translation>
            <numerusform>%1페이지 · 녹음 %n건 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>상담원(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>팀(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>대기열(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>채널(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>처리 결과(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>평가(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>시작일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>종료일(&amp;U)</translation>
    </message>
    <message>
        <source>CS&amp;AT</source>
        <translation>CSAT(&amp;A)</translation>
    </message>
    <message>
        <source>Du&amp;ration</source>
        <translation>소요 시간(&amp;R)</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Lowest CSAT (1–5); recordings without a survey answer are left out</source>
        <translation>최저 CSAT(1–5). 설문 응답이 없는 녹음은 제외됩니다</translation>
    </message>
    <message>
        <source>Highest CSAT (1–5); recordings without a survey answer are left out</source>
        <translation>최고 CSAT(1–5). 설문 응답이 없는 녹음은 제외됩니다</translation>
    </message>
    <message>
        <source>Shortest duration in minutes</source>
        <translation>최소 소요 시간(분)</translation>
    </message>
    <message>
        <source>Longest duration in minutes</source>
        <translation>최대 소요 시간(분)</translation>
    </message>
    <message>
        <source>Evaluated or not</source>
        <translation>평가 여부 전체</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>평가됨</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>미평가</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>모든 채널</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>필터 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>이전(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>다음(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>녹음</translation>
    </message>
</context>
<context>
    <name>ContactDesk::RecordingLibraryModel</name>
    <message>
        <source>Agent %1</source>
        <translation>상담원 %1</translation>
    </message>
    <message>
        <source>The customer did not consent to recording, so nothing of this contact was recorded.</source>
        <translation>고객이 녹음에 동의하지 않아 이 상담은 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>The recording was deleted on %1.</source>
        <translation>녹음이 %1에 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>평가됨</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시간</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>녹음</translation>
    </message>
</context>
<context>
    <name>ContactDesk::RecordingPlayer</name>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>녹음을 재생할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Selected %1–%2</source>
        <translation>선택 구간 %1–%2</translation>
    </message>
    <message>
        <source>Drag on the waveform to select a clip</source>
        <translation>파형을 드래그하여 클립을 선택합니다</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5초</translation>
    </message>
    <message>
        <source>Back five seconds</source>
        <translation>5초 뒤로</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5초</translation>
    </message>
    <message>
        <source>Forward five seconds</source>
        <translation>5초 앞으로</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>속도(&amp;S)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>Clear the selection (Esc on the waveform)</source>
        <translation>선택 해제(파형에서 Esc)</translation>
    </message>
    <message>
        <source>Waveform of the recording</source>
        <translation>녹음 파형</translation>
    </message>
    <message>
        <source>Coaching comment</source>
        <translation>코칭 코멘트</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ScoreTrendPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no agent to show.</source>
        <translation>표시할 상담원이 없습니다.</translation>
    </message>
    <message>
        <source>No evaluation has been submitted yet.</source>
        <translation>아직 제출된 평가가 없습니다.</translation>
    </message>
    <message>
        <source>The evaluations could not be loaded</source>
        <translation>평가를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>The score trend could not be loaded</source>
        <translation>점수 추세를 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>No submitted evaluation yet: the trend starts with the first.</source>
        <translation>아직 제출된 평가가 없습니다. 첫 평가부터 추세가 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted evaluation(s): average %1, latest %2.</source>
        <translation>
            <numerusform>제출된 평가 %n건: 평균 %1, 최근 %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed a critical question (red).</source>
        <translation>
            <numerusform>%n건은 치명 항목을 충족하지 못했습니다(빨간색).</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>상담원(&amp;G)</translation>
    </message>
    <message>
        <source>Evaluation score over time</source>
        <translation>기간별 평가 점수</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Critical question failed</source>
        <translation>치명 항목 미충족</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출됨</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ScorecardCache</name>
    <message>
        <source>Coaching is not available here</source>
        <translation>여기에서는 코칭을 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ScorecardForm</name>
    <message>
        <source>This cannot be scored: %1</source>
        <translation>채점할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s) answered.</source>
        <translation>
            <numerusform>질문 %n개에 모두 답했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A critical question failed, so the score is 0% (%1 on the rest).</source>
        <translation>치명 항목을 충족하지 못해 점수는 0%입니다(나머지 항목 %1).</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %1 of %n question(s) answered.</source>
        <translation>
            <numerusform>미완료: 질문 %n개 중 %1개 답변함.</numerusform>
        </translation>
    </message>
    <message>
        <source>A critical question failed, so the score will be 0%.</source>
        <translation>치명 항목을 충족하지 못해 점수가 0%가 됩니다.</translation>
    </message>
    <message>
        <source>%1 so far.</source>
        <translation>현재 %1.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Every question is not applicable: there is no score.</source>
        <translation>모든 질문이 해당 없음이므로 점수가 없습니다.</translation>
    </message>
    <message>
        <source>Critical questions failed: %1</source>
        <translation>미충족 치명 항목: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 · critical failed</source>
        <translation>%1 · 치명 항목 미충족</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unanswered</source>
        <translation>
            <numerusform>%1 · %n개 미응답</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (버전 %2)</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(weight %2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;(가중치 %2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>치명 항목</translation>
    </message>
    <message>
        <source>Failing this question makes the whole score 0%</source>
        <translation>이 질문을 충족하지 못하면 전체 점수가 0%가 됩니다</translation>
    </message>
    <message>
        <source>Not applicable: the question counts for nothing</source>
        <translation>해당 없음: 이 질문은 점수에 반영되지 않습니다</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>1: poor</source>
        <translation>1: 매우 미흡</translation>
    </message>
    <message>
        <source>5: excellent</source>
        <translation>5: 매우 우수</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>채점 안 함</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>코멘트(선택 사항)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>국가 번호 없는 전화번호의 국가(&amp;P):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>South Korea (+82)</source>
        <translation>대한민국 (+82)</translation>
    </message>
    <message>
        <source>United States (+1)</source>
        <translation>미국 (+1)</translation>
    </message>
    <message>
        <source>Default region for phone numbers</source>
        <translation>전화번호 기본 국가</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new offers when the window is in the background</source>
        <translation>창이 뒤에 있을 때 새 배정 알림음 재생(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Press Escape or F1 to close.</source>
        <translation>닫으려면 Esc나 F1을 누르세요.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Sign in to the contact centre.</source>
        <translation>컨택센터에 로그인합니다.</translation>
    </message>
    <message>
        <source>Work as one of the demo agents of this desktop&apos;s contact centre.</source>
        <translation>이 데스크톱 컨택센터의 데모 상담원 중 한 명으로 일합니다.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>아이디(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::StaffingModel</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Before the live centre started: figures from the database</source>
        <translation>라이브 센터 시작 전: 데이터베이스의 수치</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>구간</translation>
    </message>
    <message>
        <source>Forecast offered: the same interval on the same weekday of past weeks</source>
        <translation>예측 인입: 지난 주들의 같은 요일 같은 구간</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>인입</translation>
    </message>
    <message>
        <source>Average handling time (actual, else forecast)</source>
        <translation>평균 처리 시간(실적, 없으면 예측)</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Agents required by Erlang C at the service-level target</source>
        <translation>서비스 수준 목표에 필요한 상담원(얼랑 C)</translation>
    </message>
    <message>
        <source>Required (C)</source>
        <translation>필요(C)</translation>
    </message>
    <message>
        <source>Agents required by Erlang A, which counts the customers who give up</source>
        <translation>포기 고객을 반영한 필요 상담원(얼랑 A)</translation>
    </message>
    <message>
        <source>Required (A)</source>
        <translation>필요(A)</translation>
    </message>
    <message>
        <source>Agents signed in, on average over the interval</source>
        <translation>구간 평균 로그인 상담원</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Agents handling or Ready, on average over the interval</source>
        <translation>구간 평균 응대 중이거나 대기인 상담원</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Staffed minus required (Erlang C)</source>
        <translation>배치 인원 − 필요 인원(얼랑 C)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>차이</translation>
    </message>
</context>
<context>
    <name>ContactDesk::TileEditorDialog</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Green at or above %1, red below %2, amber in between.</source>
        <translation>%1 이상이면 초록, %2 미만이면 빨강, 그 사이는 주황입니다.</translation>
    </message>
    <message>
        <source>Green at or below %1, red above %2, amber in between.</source>
        <translation>%1 이하이면 초록, %2 초과이면 빨강, 그 사이는 주황입니다.</translation>
    </message>
    <message>
        <source>Customize the Wallboard</source>
        <translation>월보드 사용자 설정</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로(&amp;D)</translation>
    </message>
    <message>
        <source>Standard &amp;Tiles</source>
        <translation>기본 타일(&amp;T)</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>타일</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>지표(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>제목(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>대기열(&amp;Q):</translation>
    </message>
    <message>
        <source>None checked: every customer queue</source>
        <translation>선택 없음: 모든 고객 대기열</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>목표(&amp;G):</translation>
    </message>
    <message>
        <source>A&amp;larm:</source>
        <translation>경보(&amp;L):</translation>
    </message>
    <message>
        <source>Charts and staffing</source>
        <translation>차트와 인력 배치</translation>
    </message>
    <message>
        <source>The queues the charts and the staffing table add up (none checked: all).</source>
        <translation>차트와 인력 배치 표에 합산할 대기열(선택 없음: 전체).</translation>
    </message>
</context>
<context>
    <name>ContactDesk::TimelineModel</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>메시지 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::TimelineWidget</name>
    <message>
        <source>Counting…</source>
        <translation>집계 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>상담 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a customer to see their history.</source>
        <translation>고객을 선택하면 상담 이력이 표시됩니다.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>상담 이력을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Loading history…</source>
        <translation>상담 이력을 불러오는 중…</translation>
    </message>
    <message>
        <source>No interactions match the filter.</source>
        <translation>필터에 맞는 상담이 없습니다.</translation>
    </message>
    <message>
        <source>This customer has not been in contact yet.</source>
        <translation>이 고객은 아직 상담 이력이 없습니다.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>상담 이력</translation>
    </message>
    <message>
        <source>Search subjects, notes and messages</source>
        <translation>제목, 메모, 메시지 검색</translation>
    </message>
    <message>
        <source>Search the customer&apos;s interactions</source>
        <translation>고객 상담 이력 검색</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Show every channel</source>
        <translation>모든 채널 보기</translation>
    </message>
    <message>
        <source>Show %1 interactions</source>
        <translation>%1 상담 보기</translation>
    </message>
    <message>
        <source>Interaction history, newest first</source>
        <translation>상담 이력 (최신순)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::TranscriptPanel</name>
    <message>
        <source>Message %1 · %2</source>
        <translation>메시지 %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Message %1 · %2 · %3</source>
        <translation>메시지 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>제목: %1</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>첨부 파일: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching comment(s)</source>
        <translation>
            <numerusform>코칭 코멘트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>This message cannot be commented on: it is not in the message store</source>
        <translation>메시지 저장소에 없는 메시지이므로 코멘트를 달 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Transcript: %n message(s). Select one to comment on it.</source>
        <translation>
            <numerusform>대화 기록: 메시지 %n개. 코멘트를 달 메시지를 선택하십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::TranscriptView</name>
    <message>
        <source>Interaction details</source>
        <translation>상담 상세</translation>
    </message>
    <message>
        <source>Select an interaction to read its transcript or notes.</source>
        <translation>상담을 선택하면 대화 내용이나 메모가 표시됩니다.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>상담원: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>처리 결과: %1</translation>
    </message>
    <message>
        <source>Waited: %1</source>
        <translation>대기 시간: %1</translation>
    </message>
    <message>
        <source>Talk time: %1</source>
        <translation>통화 시간: %1</translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 5</source>
        <translation>만족도: 5점 중 %1점</translation>
    </message>
    <message>
        <source>Resolved on first contact</source>
        <translation>첫 상담에서 해결</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>상담 메모</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>작성된 메모가 없습니다.</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화 내용</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>메시지를 불러오는 중…</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>메시지를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>메시지가 없습니다.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2)</source>
        <translation>첨부 파일: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::TransferDialog</name>
    <message>
        <source>Loading colleagues and queues…</source>
        <translation>동료와 대기열을 불러오는 중…</translation>
    </message>
    <message>
        <source>The colleagues and queues could not be loaded: %1</source>
        <translation>동료와 대기열을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>대기열</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n건 대기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %1, %n contact(s) waiting</source>
        <translation>
            <numerusform>대기열 %1, 상담 %n건 대기</numerusform>
        </translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>동료</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>There is nobody to transfer to.</source>
        <translation>전환할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>Pick a colleague or a queue. Type to filter.</source>
        <translation>동료나 대기열을 고르세요. 입력하면 목록이 좁혀집니다.</translation>
    </message>
    <message>
        <source>Consult a colleague</source>
        <translation>동료와 협의</translation>
    </message>
    <message>
        <source>Transfer the contact</source>
        <translation>상담 전환</translation>
    </message>
    <message>
        <source>Filter by name or queue</source>
        <translation>이름이나 대기열로 찾기</translation>
    </message>
    <message>
        <source>Filter colleagues and queues</source>
        <translation>동료와 대기열 찾기</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Colleagues and queues</source>
        <translation>동료와 대기열</translation>
    </message>
    <message>
        <source>&amp;Transfer now</source>
        <translation>바로 전환(&amp;T)</translation>
    </message>
    <message>
        <source>Hand the contact over at once (blind transfer)</source>
        <translation>상담을 바로 넘기기 (블라인드 전환)</translation>
    </message>
    <message>
        <source>&amp;Consult first</source>
        <translation>먼저 협의(&amp;C)</translation>
    </message>
    <message>
        <source>Talk to the colleague first; the customer waits on hold</source>
        <translation>먼저 동료와 이야기합니다. 고객은 보류 상태로 기다립니다</translation>
    </message>
</context>
<context>
    <name>ContactDesk::TvLayoutDialog</name>
    <message>
        <source>TV Layout</source>
        <translation>TV 레이아웃</translation>
    </message>
    <message>
        <source>The TV on the wall shows the tiles first, then the pages chosen below, one after the other. Nothing checked in a list: all of them.</source>
        <translation>벽의 TV는 먼저 타일을 보여 주고, 이어서 아래에서 고른 페이지를 차례로 보여 줍니다. 목록에서 아무것도 선택하지 않으면 전체를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>타일</translation>
    </message>
    <message>
        <source>Queues on the queue page</source>
        <translation>대기열 페이지의 대기열</translation>
    </message>
    <message>
        <source>Show the &amp;queue page</source>
        <translation>대기열 페이지 표시(&amp;Q)</translation>
    </message>
    <message>
        <source>Show the &amp;agent page</source>
        <translation>상담원 페이지 표시(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Each page shows for:</source>
        <translation>페이지당 표시 시간(&amp;E):</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
</context>
<context>
    <name>ContactDesk::TvWallboard</name>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%3 중 %2)</translation>
    </message>
    <message>
        <source>ContactDesk Wallboard</source>
        <translation>ContactDesk 월보드</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>월보드</translation>
    </message>
    <message>
        <source>Esc closes · ← → turn the pages</source>
        <translation>Esc 닫기 · ← → 페이지 넘기기</translation>
    </message>
    <message>
        <source>Longer in their state than the thresholds</source>
        <translation>기준 시간보다 오래 같은 상태인 상담원</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WallboardCharts</name>
    <message>
        <source>Target %1%</source>
        <translation>목표 %1%</translation>
    </message>
    <message>
        <source>Offered per 15 minutes</source>
        <translation>15분당 인입</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>인입</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>서비스 수준</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>포기율</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Agents staffed and required</source>
        <translation>배치 상담원과 필요 상담원</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Required (Erlang C)</source>
        <translation>필요(얼랑 C)</translation>
    </message>
    <message>
        <source>Required (Erlang A)</source>
        <translation>필요(얼랑 A)</translation>
    </message>
    <message>
        <source>Last days</source>
        <translation>최근 며칠</translation>
    </message>
    <message>
        <source>Offered per day</source>
        <translation>일별 인입</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WallboardText</name>
    <message>
        <source>Service level</source>
        <translation>서비스 수준</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>평균 응답 속도</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>최장 대기</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>포기율</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>평균 처리 시간</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>후처리</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>점유율</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>첫 통화 해결률</translation>
    </message>
    <message>
        <source>Satisfied customers</source>
        <translation>만족 고객</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Callbacks waiting</source>
        <translation>대기 중인 콜백</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>인입</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>포기</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>예상 대기</translation>
    </message>
    <message>
        <source>Agents ready</source>
        <translation>대기 상담원</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>아직 데이터 없음</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>목표 달성</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>목표 미달</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>이석</translation>
    </message>
    <message>
        <source>After-Call Work</source>
        <translation>후처리</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>응대 중</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>Whispering</source>
        <translation>귓속말</translation>
    </message>
    <message>
        <source>Barged in</source>
        <translation>3자 통화</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>늦은 응답</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>콜백</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>The contacts waiting now</source>
        <translation>지금 대기 중인 응대</translation>
    </message>
    <message>
        <source>Every contact offered to the queue today</source>
        <translation>오늘 이 대기열에 인입된 모든 응대</translation>
    </message>
    <message>
        <source>The contacts answered today</source>
        <translation>오늘 응답한 응대</translation>
    </message>
    <message>
        <source>The contacts answered after the service-level time today</source>
        <translation>오늘 서비스 수준 시간 이후에 응답한 응대</translation>
    </message>
    <message>
        <source>The contacts abandoned today</source>
        <translation>오늘 포기된 응대</translation>
    </message>
    <message>
        <source>The contacts refused today because the queue was full</source>
        <translation>오늘 대기열이 가득 차 거절된 응대</translation>
    </message>
    <message>
        <source>The contacts that asked for a callback today</source>
        <translation>오늘 콜백을 요청한 응대</translation>
    </message>
    <message>
        <source>The contacts completed today</source>
        <translation>오늘 완료된 응대</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>전체 대기열</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>You are not allowed to do this as a supervisor here.</source>
        <translation>이 센터에서는 수퍼바이저로서 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The connection to the contact centre is lost.</source>
        <translation>컨택센터와의 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>Sign in first: the message is sent in your name.</source>
        <translation>먼저 로그인하세요. 메시지는 본인 이름으로 보내집니다.</translation>
    </message>
    <message>
        <source>The contact centre is not running: %1</source>
        <translation>컨택센터가 실행 중이 아닙니다: %1</translation>
    </message>
    <message>
        <source>The callbacks waiting now to be connected</source>
        <translation>지금 연결을 기다리는 콜백</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WallboardTileWidget</name>
    <message>
        <source>Target %1</source>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1
%2 · alarm past %3
%4</source>
        <translation>%1
%2 · 경보 기준 %3
%4</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WallboardView</name>
    <message>
        <source>The wallboard could not be loaded</source>
        <translation>월보드를 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Today&apos;s intervals could not be loaded</source>
        <translation>오늘의 구간을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>The last days could not be loaded</source>
        <translation>최근 며칠의 수치를 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Loading today&apos;s intervals…</source>
        <translation>오늘의 구간을 불러오는 중…</translation>
    </message>
    <message>
        <source>customers&apos; patience about %1 (Erlang A)</source>
        <translation>고객 인내 시간 약 %1(얼랑 A)</translation>
    </message>
    <message>
        <source>patience not known yet (too few abandons; Erlang C only)</source>
        <translation>인내 시간 미상(포기 건수 부족, 얼랑 C만)</translation>
    </message>
    <message numerus="yes">
        <source>forecast from %Ln past week(s) of the same weekday</source>
        <translation>
            <numerusform>지난 %Ln주 같은 요일 기준 예측</numerusform>
        </translation>
    </message>
    <message>
        <source>no forecast yet (no past weeks with data)</source>
        <translation>아직 예측 없음(데이터가 있는 지난 주 없음)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · target %2% answered within %3 s · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 목표 %3초 이내 %2% 응답 · %4 · %5</translation>
    </message>
    <message>
        <source>Your wallboard layout could not be loaded; showing the standard one</source>
        <translation>월보드 레이아웃을 불러오지 못해 기본 레이아웃을 표시합니다</translation>
    </message>
    <message>
        <source>Your saved wallboard layout cannot be read (%1); showing the standard one.</source>
        <translation>저장된 월보드 레이아웃을 읽을 수 없어(%1) 기본 레이아웃을 표시합니다.</translation>
    </message>
    <message>
        <source>Your wallboard layout could not be saved</source>
        <translation>월보드 레이아웃을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Wallboard layout saved.</source>
        <translation>월보드 레이아웃을 저장했습니다.</translation>
    </message>
    <message>
        <source>The skills could not be loaded</source>
        <translation>스킬을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>상담원 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent(s) shown</source>
        <translation>
            <numerusform>상담원 %Ln명 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 could not be set to %2</source>
        <translation>%1을(를) %2(으)로 바꾸지 못했습니다</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1은(는) 이제 %2입니다.</translation>
    </message>
    <message>
        <source>Could not leave the call of %1</source>
        <translation>%1의 통화에서 나오지 못했습니다</translation>
    </message>
    <message>
        <source>Could not join the call of %1</source>
        <translation>%1의 통화에 참여하지 못했습니다</translation>
    </message>
    <message>
        <source>You left the call of %1.</source>
        <translation>%1의 통화에서 나왔습니다.</translation>
    </message>
    <message>
        <source>You are listening to the call of %1.</source>
        <translation>%1의 통화를 듣고 있습니다.</translation>
    </message>
    <message>
        <source>You are whispering to %1; the customer does not hear you.</source>
        <translation>%1에게 귓속말 중입니다. 고객에게는 들리지 않습니다.</translation>
    </message>
    <message>
        <source>You joined the call of %1.</source>
        <translation>%1의 통화에 참여했습니다.</translation>
    </message>
    <message>
        <source>The message to %1 could not be sent</source>
        <translation>%1에게 메시지를 보내지 못했습니다</translation>
    </message>
    <message>
        <source>Message sent to %1.</source>
        <translation>%1에게 메시지를 보냈습니다.</translation>
    </message>
    <message>
        <source>The skills of %1 are saved; routing uses them now.</source>
        <translation>%1의 스킬을 저장했습니다. 라우팅에 바로 반영됩니다.</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>%1에게 보내는 메시지</translation>
    </message>
    <message>
        <source>The message appears in the agent&apos;s help chat:</source>
        <translation>메시지는 상담원의 도움 채팅에 표시됩니다:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Customize…</source>
        <translation>사용자 설정(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the tiles, their targets and the queues of the charts</source>
        <translation>타일, 목표와 차트의 대기열을 고릅니다</translation>
    </message>
    <message>
        <source>TV &amp;Layout…</source>
        <translation>TV 레이아웃(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose what the TV on the wall shows</source>
        <translation>벽의 TV에 보여 줄 내용을 고릅니다</translation>
    </message>
    <message>
        <source>&amp;TV Mode</source>
        <translation>TV 모드(&amp;T)</translation>
    </message>
    <message>
        <source>The wallboard full screen for a TV (%1); Esc closes it</source>
        <translation>TV용 전체 화면 월보드(%1). Esc로 닫습니다</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Change &amp;State</source>
        <translation>상태 변경(&amp;S)</translation>
    </message>
    <message>
        <source>Set the selected agent Ready, Not Ready or signed out</source>
        <translation>선택한 상담원을 대기, 이석 또는 로그아웃으로 바꿉니다</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>대기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Not Ready</source>
        <translation>이석(&amp;N)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;kills…</source>
        <translation>스킬(&amp;K)…</translation>
    </message>
    <message>
        <source>Give or take skills; routing uses them at once</source>
        <translation>스킬을 주거나 뺍니다. 라우팅에 즉시 반영됩니다</translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation>메시지(&amp;M)…</translation>
    </message>
    <message>
        <source>Send the agent a message in their help chat</source>
        <translation>상담원의 도움 채팅으로 메시지를 보냅니다</translation>
    </message>
    <message>
        <source>M&amp;onitor</source>
        <translation>모니터링(&amp;O)</translation>
    </message>
    <message>
        <source>Listen to the call; neither party hears you</source>
        <translation>통화를 듣습니다. 양쪽 모두 듣지 못합니다</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>귓속말(&amp;W)</translation>
    </message>
    <message>
        <source>Talk to the agent; the customer does not hear you</source>
        <translation>상담원에게 말합니다. 고객은 듣지 못합니다</translation>
    </message>
    <message>
        <source>&amp;Barge In</source>
        <translation>3자 통화(&amp;B)</translation>
    </message>
    <message>
        <source>Join the call; both hear you</source>
        <translation>통화에 참여합니다. 양쪽 모두 듣습니다</translation>
    </message>
    <message>
        <source>&amp;Leave Call</source>
        <translation>통화에서 나가기(&amp;L)</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>인력 배치</translation>
    </message>
    <message>
        <source>Double-click a figure (or press Enter) for the contacts behind it.</source>
        <translation>수치를 두 번 클릭(또는 Enter)하면 해당 응대를 봅니다.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>팀(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>스킬(&amp;K):</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>상태(&amp;A):</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>모든 팀</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>모든 스킬</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Agent State T&amp;hresholds…</source>
        <translation>상담원 상태 시간 기준(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose how long agents may stay Not Ready, in after-call work or busy before the time turns amber</source>
        <translation>상담원이 이석, 후처리, 응대 중 상태에 얼마나 머물면 시간이 주황색으로 바뀔지 정합니다</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WaveformWidget</name>
    <message>
        <source>No audio open</source>
        <translation>열린 오디오 없음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click to play from %1; drag to select a stretch</source>
        <translation>클릭하면 %1부터 재생하고, 드래그하면 구간을 선택합니다</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WrapUpPanel</name>
    <message>
        <source>The work item goes to the customer&apos;s open work and to the queue.</source>
        <translation>업무는 고객의 미결 업무와 대기열에 추가됩니다.</translation>
    </message>
    <message>
        <source>Link or create the customer first to add a follow-up.</source>
        <translation>후속 업무를 추가하려면 먼저 고객을 연결하거나 등록하세요.</translation>
    </message>
    <message>
        <source>Choose a disposition…</source>
        <translation>처리 결과를 고르세요…</translation>
    </message>
    <message>
        <source>There is no contact to wrap up.</source>
        <translation>후처리할 상담이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a disposition first.</source>
        <translation>먼저 처리 결과를 고르세요.</translation>
    </message>
    <message>
        <source>Give the follow-up a title, or untick it.</source>
        <translation>후속 업무 제목을 입력하거나 선택을 해제하세요.</translation>
    </message>
    <message>
        <source>The follow-up cannot be due in the past.</source>
        <translation>후속 업무의 기한은 과거일 수 없습니다.</translation>
    </message>
    <message>
        <source>After-call work %1</source>
        <translation>후처리 %1</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>후처리</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>처리 결과(&amp;D):</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>후처리 메모</translation>
    </message>
    <message>
        <source>What was it about, what was agreed?</source>
        <translation>무슨 용건이었고 무엇을 약속했나요?</translation>
    </message>
    <message>
        <source>&amp;Resolved on first contact</source>
        <translation>첫 상담에서 해결(&amp;R)</translation>
    </message>
    <message>
        <source>Create a follow-&amp;up work item</source>
        <translation>후속 업무 만들기(&amp;U)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>Follow-up title</source>
        <translation>후속 업무 제목</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>기한:</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>후속 업무 기한</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database could not be opened</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1

Database: %2</source>
        <translation>%1

데이터베이스: %2</translation>
    </message>
    <message>
        <source>The demo data could not be created</source>
        <translation>데모 데이터를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>The contact centre could not start</source>
        <translation>상담 센터를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>The simulated traffic could not start</source>
        <translation>시뮬레이션 트래픽을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the keychain</source>
        <translation>로그인 정보를 키체인에 보관하지 못했습니다</translation>
    </message>
    <message>
        <source>The demo coaching data could not be created</source>
        <translation>데모 코칭 데이터를 생성할 수 없습니다</translation>
    </message>
</context>
</TS>
