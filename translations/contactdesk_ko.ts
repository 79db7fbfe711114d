<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
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
    </context>
    <context>
        <name>ContactDesk::MainWindow</name>
        <message>
            <source>Error: %1</source>
            <translation>오류: %1</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>고객 검색</translation>
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
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Move between the results, the profile, the filters and the timeline</source>
            <translation>검색 결과, 프로필, 필터, 상담 이력 사이를 이동</translation>
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
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>이 목록</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>About ContactDesk</source>
            <translation>ContactDesk 정보</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ContactDesk %1&lt;/h3&gt;&lt;p&gt;Calls, chats, e-mails, text and social messages in one window, with the customer's whole history beside them.&lt;/p&gt;</source>
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
            <source>Search the customer's interactions</source>
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
    </context>
</TS>
