<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>ContactDesk::CsatTrendWidget</name>
        <message>
            <source>No ratings yet</source>
            <translation>No ratings yet</translation>
        </message>
        <message numerus="yes">
            <source>Average %1 over the last %Ln rating(s)</source>
            <translation>
                <numerusform>Average %1 from %Ln rating</numerusform>
                <numerusform>Average %1 over the last %Ln ratings</numerusform>
            </translation>
        </message>
        <message>
            <source>Satisfaction trend</source>
            <translation>Satisfaction trend</translation>
        </message>
    </context>
    <context>
        <name>ContactDesk::CustomerDirectory</name>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message numerus="yes">
            <source>First %Ln customer(s)</source>
            <translation>
                <numerusform>First %Ln customer</numerusform>
                <numerusform>First %Ln customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln customer(s) found</source>
            <translation>
                <numerusform>%Ln customer found</numerusform>
                <numerusform>%Ln customers found</numerusform>
            </translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>The search failed: %1</translation>
        </message>
        <message>
            <source>There are no customers yet.</source>
            <translation>There are no customers yet.</translation>
        </message>
        <message>
            <source>No customer matches “%1”.</source>
            <translation>No customer matches “%1”.</translation>
        </message>
        <message>
            <source>Name, phone, e-mail or company</source>
            <translation>Name, phone, e-mail or company</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Search customers</translation>
        </message>
        <message>
            <source>Search customers by name, phone number (any format), e-mail or company (Ctrl+F)</source>
            <translation>Search customers by name, phone number (any format), e-mail or company (Ctrl+F)</translation>
        </message>
        <message>
            <source>Customers found</source>
            <translation>Customers found</translation>
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
            <translation>Customer profile</translation>
        </message>
        <message>
            <source>Loading customer…</source>
            <translation>Loading customer…</translation>
        </message>
        <message>
            <source>Select a customer to see their profile.</source>
            <translation>Select a customer to see their profile.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Preferred language:</source>
            <translation>Preferred language:</translation>
        </message>
        <message>
            <source>Segment:</source>
            <translation>Segment:</translation>
        </message>
        <message>
            <source>Value tier:</source>
            <translation>Value tier:</translation>
        </message>
        <message>
            <source>Lifetime value:</source>
            <translation>Lifetime value:</translation>
        </message>
        <message>
            <source>Marketing consent:</source>
            <translation>Marketing consent:</translation>
        </message>
        <message>
            <source>Call recording consent:</source>
            <translation>Call recording consent:</translation>
        </message>
        <message>
            <source>Customer since:</source>
            <translation>Customer since:</translation>
        </message>
        <message>
            <source>Contact points</source>
            <translation>Contact points</translation>
        </message>
        <message>
            <source>Open work items</source>
            <translation>Open work items</translation>
        </message>
        <message>
            <source>Satisfaction (CSAT)</source>
            <translation>Satisfaction (CSAT)</translation>
        </message>
        <message>
            <source>VIP customer</source>
            <translation>VIP customer</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>%1 (primary)</source>
            <translation>%1 (primary)</translation>
        </message>
        <message>
            <source>No contact points on file.</source>
            <translation>No contact points on file.</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>No due date</translation>
        </message>
        <message>
            <source>Overdue since %1</source>
            <translation>Overdue since %1</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Due %1</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, overdue</translation>
        </message>
        <message>
            <source>No open work items.</source>
            <translation>No open work items.</translation>
        </message>
        <message>
            <source>The customer could not be loaded: %1</source>
            <translation>The customer could not be loaded: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactDesk::DemoDataSeeder</name>
        <message>
            <source>Preparing a demo workspace with sample customers…</source>
            <translation>Preparing a demo workspace with sample customers…</translation>
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
            <translation>Voice</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Social</translation>
        </message>
        <message>
            <source>Work item</source>
            <translation>Work item</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Inbound</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Outbound</translation>
        </message>
        <message>
            <source>Internal</source>
            <translation>Internal</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Waiting in queue</source>
            <translation>Waiting in queue</translation>
        </message>
        <message>
            <source>Being offered</source>
            <translation>Being offered</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>On hold</translation>
        </message>
        <message>
            <source>Wrap-up</source>
            <translation>Wrap-up</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandoned</translation>
        </message>
        <message>
            <source>Callback requested</source>
            <translation>Callback requested</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Blocked</translation>
        </message>
        <message>
            <source>Consumer</source>
            <translation>Consumer</translation>
        </message>
        <message>
            <source>Small business</source>
            <translation>Small business</translation>
        </message>
        <message>
            <source>Corporate</source>
            <translation>Corporate</translation>
        </message>
        <message>
            <source>Public sector</source>
            <translation>Public sector</translation>
        </message>
        <message>
            <source>Bronze</source>
            <translation>Bronze</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Silver</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Gold</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platinum</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Korean</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Not known</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Information given</source>
            <translation>Information given</translation>
        </message>
        <message>
            <source>Follow-up needed</source>
            <translation>Follow-up needed</translation>
        </message>
        <message>
            <source>Callback scheduled</source>
            <translation>Callback scheduled</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Sale made</source>
            <translation>Sale made</translation>
        </message>
        <message>
            <source>No sale</source>
            <translation>No sale</translation>
        </message>
        <message>
            <source>Complaint recorded</source>
            <translation>Complaint recorded</translation>
        </message>
        <message>
            <source>Cancellation request</source>
            <translation>Cancellation request</translation>
        </message>
        <message>
            <source>Technical issue</source>
            <translation>Technical issue</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Wrong number</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message>
            <source>Left voicemail</source>
            <translation>Left voicemail</translation>
        </message>
        <message>
            <source>Spam or abuse</source>
            <translation>Spam or abuse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Web chat</source>
            <translation>Web chat</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Bot</source>
            <translation>Bot</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Outbound call</source>
            <translation>Outbound call</translation>
        </message>
        <message>
            <source>Inbound call</source>
            <translation>Inbound call</translation>
        </message>
        <message>
            <source>Chat conversation</source>
            <translation>Chat conversation</translation>
        </message>
        <message>
            <source>E-mail sent</source>
            <translation>E-mail sent</translation>
        </message>
        <message>
            <source>E-mail received</source>
            <translation>E-mail received</translation>
        </message>
        <message>
            <source>Text message sent</source>
            <translation>Text message sent</translation>
        </message>
        <message>
            <source>Text message received</source>
            <translation>Text message received</translation>
        </message>
        <message>
            <source>Social media message</source>
            <translation>Social media message</translation>
        </message>
        <message>
            <source>Back-office task</source>
            <translation>Back-office task</translation>
        </message>
        <message>
            <source>KakaoTalk</source>
            <translation>KakaoTalk</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>LINE</source>
            <translation>LINE</translation>
        </message>
    </context>
    <context>
        <name>ContactDesk::MainWindow</name>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Search customers</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>From the search field to the results</source>
            <translation>From the search field to the results</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Move between the results, the profile, the filters and the timeline</source>
            <translation>Move between the results, the profile, the filters and the timeline</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Switch the focused channel filter on or off</source>
            <translation>Switch the focused channel filter on or off</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Search at once without waiting</source>
            <translation>Search at once without waiting</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>This list</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>About ContactDesk</source>
            <translation>About ContactDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ContactDesk %1&lt;/h3&gt;&lt;p&gt;Calls, chats, e-mails, text and social messages in one window, with the customer's whole history beside them.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ContactDesk %1&lt;/h3&gt;&lt;p&gt;Calls, chats, e-mails, text and social messages in one window, with the customer's whole history beside them.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>ContactDesk</source>
            <translation>ContactDesk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Find Customer</source>
            <translation>&amp;Find Customer</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <source>&amp;About ContactDesk</source>
            <translation>&amp;About ContactDesk</translation>
        </message>
        <message>
            <source>Local database: %1</source>
            <translation>Local database: %1</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <source>Where the data comes from</source>
            <translation>Where the data comes from</translation>
        </message>
    </context>
    <context>
        <name>ContactDesk::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Phone numbers without a country code are from:</source>
            <translation>&amp;Phone numbers without a country code are from:</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>User interface language</source>
            <translation>User interface language</translation>
        </message>
        <message>
            <source>South Korea (+82)</source>
            <translation>South Korea (+82)</translation>
        </message>
        <message>
            <source>United States (+1)</source>
            <translation>United States (+1)</translation>
        </message>
        <message>
            <source>Default region for phone numbers</source>
            <translation>Default region for phone numbers</translation>
        </message>
    </context>
    <context>
        <name>ContactDesk::TimelineModel</name>
        <message numerus="yes">
            <source>%Ln message(s)</source>
            <translation>
                <numerusform>%Ln message</numerusform>
                <numerusform>%Ln messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactDesk::TimelineWidget</name>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln interaction(s)</source>
            <translation>
                <numerusform>%Ln interaction</numerusform>
                <numerusform>%Ln interactions</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a customer to see their history.</source>
            <translation>Select a customer to see their history.</translation>
        </message>
        <message>
            <source>The history could not be loaded: %1</source>
            <translation>The history could not be loaded: %1</translation>
        </message>
        <message>
            <source>Loading history…</source>
            <translation>Loading history…</translation>
        </message>
        <message>
            <source>No interactions match the filter.</source>
            <translation>No interactions match the filter.</translation>
        </message>
        <message>
            <source>This customer has not been in contact yet.</source>
            <translation>This customer has not been in contact yet.</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interactions</translation>
        </message>
        <message>
            <source>Search subjects, notes and messages</source>
            <translation>Search subjects, notes and messages</translation>
        </message>
        <message>
            <source>Search the customer's interactions</source>
            <translation>Search the customer's interactions</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Show every channel</source>
            <translation>Show every channel</translation>
        </message>
        <message>
            <source>Show %1 interactions</source>
            <translation>Show %1 interactions</translation>
        </message>
        <message>
            <source>Interaction history, newest first</source>
            <translation>Interaction history, newest first</translation>
        </message>
    </context>
    <context>
        <name>ContactDesk::TranscriptView</name>
        <message>
            <source>Interaction details</source>
            <translation>Interaction details</translation>
        </message>
        <message>
            <source>Select an interaction to read its transcript or notes.</source>
            <translation>Select an interaction to read its transcript or notes.</translation>
        </message>
        <message>
            <source>Agent: %1</source>
            <translation>Agent: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Outcome: %1</translation>
        </message>
        <message>
            <source>Waited: %1</source>
            <translation>Waited: %1</translation>
        </message>
        <message>
            <source>Talk time: %1</source>
            <translation>Talk time: %1</translation>
        </message>
        <message>
            <source>Satisfaction: %1 of 5</source>
            <translation>Satisfaction: %1 of 5</translation>
        </message>
        <message>
            <source>Resolved on first contact</source>
            <translation>Resolved on first contact</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No notes were written.</source>
            <translation>No notes were written.</translation>
        </message>
        <message>
            <source>E-mails</source>
            <translation>E-mails</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Loading messages…</source>
            <translation>Loading messages…</translation>
        </message>
        <message>
            <source>The messages could not be loaded: %1</source>
            <translation>The messages could not be loaded: %1</translation>
        </message>
        <message>
            <source>No messages.</source>
            <translation>No messages.</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <source>Attachment: %1 (%2)</source>
            <translation>Attachment: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>The database could not be opened</source>
            <translation>The database could not be opened</translation>
        </message>
        <message>
            <source>%1

Database: %2</source>
            <translation>%1

Database: %2</translation>
        </message>
        <message>
            <source>The demo data could not be created</source>
            <translation>The demo data could not be created</translation>
        </message>
    </context>
</TS>
