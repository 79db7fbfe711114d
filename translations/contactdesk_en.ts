<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ContactDesk::AgentDeskController</name>
    <message>
        <source>Could not sign in</source>
        <translation>Could not sign in</translation>
    </message>
    <message>
        <source>Could not sign out</source>
        <translation>Could not sign out</translation>
    </message>
    <message>
        <source>Could not change your state</source>
        <translation>Could not change your state</translation>
    </message>
    <message>
        <source>the contact centre refused it</source>
        <translation>the contact centre refused it</translation>
    </message>
    <message>
        <source>Could not accept the contact</source>
        <translation>Could not accept the contact</translation>
    </message>
    <message>
        <source>Could not reject the contact</source>
        <translation>Could not reject the contact</translation>
    </message>
    <message>
        <source>Could not put the call on hold</source>
        <translation>Could not put the call on hold</translation>
    </message>
    <message>
        <source>Could not resume the call</source>
        <translation>Could not resume the call</translation>
    </message>
    <message>
        <source>Could not mute the microphone</source>
        <translation>Could not mute the microphone</translation>
    </message>
    <message>
        <source>Could not unmute the microphone</source>
        <translation>Could not unmute the microphone</translation>
    </message>
    <message>
        <source>Could not transfer the contact</source>
        <translation>Could not transfer the contact</translation>
    </message>
    <message>
        <source>Could not start the consultation</source>
        <translation>Could not start the consultation</translation>
    </message>
    <message>
        <source>Could not complete the transfer</source>
        <translation>Could not complete the transfer</translation>
    </message>
    <message>
        <source>Could not start the conference</source>
        <translation>Could not start the conference</translation>
    </message>
    <message>
        <source>Could not cancel the consultation</source>
        <translation>Could not cancel the consultation</translation>
    </message>
    <message>
        <source>Could not end the contact</source>
        <translation>Could not end the contact</translation>
    </message>
    <message>
        <source>Could not finish the wrap-up</source>
        <translation>Could not finish the wrap-up</translation>
    </message>
    <message>
        <source>Could not link the customer</source>
        <translation>Could not link the customer</translation>
    </message>
    <message>
        <source>The message was not sent</source>
        <translation>The message was not sent</translation>
    </message>
    <message>
        <source>The message to your colleagues was not sent</source>
        <translation>The message to your colleagues was not sent</translation>
    </message>
    <message>
        <source>Could not load your contacts</source>
        <translation>Could not load your contacts</translation>
    </message>
    <message>
        <source>Could not load the disposition codes</source>
        <translation>Could not load the disposition codes</translation>
    </message>
    <message>
        <source>Could not load the canned responses</source>
        <translation>Could not load the canned responses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You were signed out</source>
        <translation>You were signed out</translation>
    </message>
    <message>
        <source>Could not pause the recording</source>
        <translation>Could not pause the recording</translation>
    </message>
    <message>
        <source>Could not resume the recording</source>
        <translation>Could not resume the recording</translation>
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
        <translation>Longer in this state than the threshold</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Time in state</translation>
    </message>
    <message>
        <source>Current contact</source>
        <translation>Current contact</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AgentSkillsDialog</name>
    <message>
        <source>The skills could not be loaded: %1</source>
        <translation>The skills could not be loaded: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not every change was taken:
%1</source>
        <translation>Not every change was taken:
%1</translation>
    </message>
    <message>
        <source>Skills of %1</source>
        <translation>Skills of %1</translation>
    </message>
    <message>
        <source>Levels 1 (basic) to 10 (expert); 0 removes the skill. Routing uses the new levels at once.</source>
        <translation>Levels 1 (basic) to 10 (expert); 0 removes the skill. Routing uses the new levels at once.</translation>
    </message>
    <message>
        <source>Loading the skills…</source>
        <translation>Loading the skills…</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Not held</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AgentStateBar</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your state: %1</source>
        <translation>Your state: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <comment>the agent&apos;s active contacts</comment>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connection lost: %1</translation>
    </message>
    <message>
        <source>Time in state: %1</source>
        <translation>Time in state: %1</translation>
    </message>
    <message>
        <source>Your state</source>
        <translation>Your state</translation>
    </message>
    <message>
        <source>Not Ready reason</source>
        <translation>Not Ready reason</translation>
    </message>
    <message>
        <source>Takes no contacts</source>
        <translation>Takes no contacts</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AgentThresholdsDialog</name>
    <message>
        <source>red after %1</source>
        <translation>red after %1</translation>
    </message>
    <message>
        <source>Agent State Thresholds</source>
        <translation>Agent State Thresholds</translation>
    </message>
    <message>
        <source>The agent grid and the TV colour the time an agent has been in a state: amber once it is over the threshold, red once it is over twice the threshold. Ready agents are never coloured. The thresholds are saved with your wallboard layout.</source>
        <translation>The agent grid and the TV colour the time an agent has been in a state: amber once it is over the threshold, red once it is over twice the threshold. Ready agents are never coloured. The thresholds are saved with your wallboard layout.</translation>
    </message>
    <message>
        <source>&amp;Not Ready:</source>
        <translation>&amp;Not Ready:</translation>
    </message>
    <message>
        <source>&amp;After-Call Work:</source>
        <translation>&amp;After-Call Work:</translation>
    </message>
    <message>
        <source>&amp;Busy:</source>
        <translation>&amp;Busy:</translation>
    </message>
    <message>
        <source>Hours:minutes:seconds, from 0:00:10 to 4:00:00.</source>
        <translation>Hours:minutes:seconds, from 0:00:10 to 4:00:00.</translation>
    </message>
    <message>
        <source>Amber over this time, red over twice it</source>
        <translation>Amber over this time, red over twice it</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restore Defaults</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AgentWorkspace</name>
    <message>
        <source>Connection to the contact centre restored.</source>
        <translation>Connection to the contact centre restored.</translation>
    </message>
    <message>
        <source>Connection to the contact centre lost: %1</source>
        <translation>Connection to the contact centre lost: %1</translation>
    </message>
    <message>
        <source>Could not list the agents: %1</source>
        <translation>Could not list the agents: %1</translation>
    </message>
    <message>
        <source>This contact centre has no agents to sign in as.</source>
        <translation>This contact centre has no agents to sign in as.</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>a customer</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Hold</translation>
    </message>
    <message>
        <source>Un&amp;mute</source>
        <translation>Un&amp;mute</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Mute</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;End call</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Select a contact in the inbox</source>
        <translation>Select a contact in the inbox</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <source>Move through the inbox</source>
        <translation>Move through the inbox</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Hold / resume</source>
        <translation>Hold / resume</translation>
    </message>
    <message>
        <source>Mute / unmute</source>
        <translation>Mute / unmute</translation>
    </message>
    <message>
        <source>Chat, SMS, social, e-mail</source>
        <translation>Chat, SMS, social, e-mail</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Send a chat, SMS or social reply</source>
        <translation>Send a chat, SMS or social reply</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>New line in a chat reply</source>
        <translation>New line in a chat reply</translation>
    </message>
    <message>
        <source>Alt+S</source>
        <translation>Alt+S</translation>
    </message>
    <message>
        <source>Send (also an e-mail)</source>
        <translation>Send (also an e-mail)</translation>
    </message>
    <message>
        <source>Customer and help</source>
        <translation>Customer and help</translation>
    </message>
    <message>
        <source>Your state</source>
        <translation>Your state</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Moving around</translation>
    </message>
    <message>
        <source>Next / previous pane: inbox, contact, customer, help</source>
        <translation>Next / previous pane: inbox, contact, customer, help</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <source>Agent workspace</source>
        <translation>Agent workspace</translation>
    </message>
    <message>
        <source>Sign &amp;In As…</source>
        <translation>Sign &amp;In As…</translation>
    </message>
    <message>
        <source>Work as another agent</source>
        <translation>Work as another agent</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Accept the offered contact (Ctrl+Enter)</source>
        <translation>Accept the offered contact (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Reject the offer; it goes back to the queue (Ctrl+Shift+R)</source>
        <translation>Reject the offer; it goes back to the queue (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Transfer to a colleague or a queue (Ctrl+Shift+T)</source>
        <translation>Transfer to a colleague or a queue (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Consult…</source>
        <translation>&amp;Consult…</translation>
    </message>
    <message>
        <source>Talk to a colleague first, the customer on hold (Ctrl+Shift+K)</source>
        <translation>Talk to a colleague first, the customer on hold (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Complete &amp;transfer</source>
        <translation>Complete &amp;transfer</translation>
    </message>
    <message>
        <source>Con&amp;ference</source>
        <translation>Con&amp;ference</translation>
    </message>
    <message>
        <source>Join the customer, your colleague and you (Ctrl+Shift+C)</source>
        <translation>Join the customer, your colleague and you (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Cancel consult</source>
        <translation>Cancel consult</translation>
    </message>
    <message>
        <source>End the consultation and go back to the customer (Ctrl+Shift+X)</source>
        <translation>End the consultation and go back to the customer (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>&amp;Finish wrap-up</source>
        <translation>&amp;Finish wrap-up</translation>
    </message>
    <message>
        <source>Canned &amp;responses…</source>
        <translation>Canned &amp;responses…</translation>
    </message>
    <message>
        <source>Insert a prepared reply (Ctrl+/)</source>
        <translation>Insert a prepared reply (Ctrl+/)</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Write a reply</translation>
    </message>
    <message>
        <source>Find the customer to link</source>
        <translation>Find the customer to link</translation>
    </message>
    <message>
        <source>New customer from this contact…</source>
        <translation>New customer from this contact…</translation>
    </message>
    <message>
        <source>Ask colleagues for help</source>
        <translation>Ask colleagues for help</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Ready</translation>
    </message>
    <message>
        <source>Receive contacts (Ctrl+Alt+R)</source>
        <translation>Receive contacts (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Not Ready</source>
        <translation>&amp;Not Ready</translation>
    </message>
    <message>
        <source>Take a break from new contacts, with a reason (Ctrl+Alt+N)</source>
        <translation>Take a break from new contacts, with a reason (Ctrl+Alt+N)</translation>
    </message>
    <message>
        <source>After-Call &amp;Work</source>
        <translation>After-Call &amp;Work</translation>
    </message>
    <message>
        <source>Finish your notes before the next contact (Ctrl+Alt+W)</source>
        <translation>Finish your notes before the next contact (Ctrl+Alt+W)</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Next pane</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Previous pane</translation>
    </message>
    <message>
        <source>Contact %1 in the inbox</source>
        <translation>Contact %1 in the inbox</translation>
    </message>
    <message>
        <source>The customer of the selected contact appears here, with their history on every channel.</source>
        <translation>The customer of the selected contact appears here, with their history on every channel.</translation>
    </message>
    <message>
        <source>Customer of the selected contact</source>
        <translation>Customer of the selected contact</translation>
    </message>
    <message>
        <source>Offer outcome recorded.</source>
        <translation>Offer outcome recorded.</translation>
    </message>
    <message>
        <source>Offer &amp;Catalogue…</source>
        <translation>Offer &amp;Catalogue…</translation>
    </message>
    <message>
        <source>Edit the offers agents suggest and see how they did (Ctrl+Alt+K)</source>
        <translation>Edit the offers agents suggest and see how they did (Ctrl+Alt+K)</translation>
    </message>
    <message>
        <source>Resume rec&amp;ording</source>
        <translation>Resume rec&amp;ording</translation>
    </message>
    <message>
        <source>Pause rec&amp;ording</source>
        <translation>Pause rec&amp;ording</translation>
    </message>
    <message>
        <source>Record the call again (Ctrl+Shift+P)</source>
        <translation>Record the call again (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Stop recording while the customer gives card details (Ctrl+Shift+P)</source>
        <translation>Stop recording while the customer gives card details (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Pause / resume recording (card details)</source>
        <translation>Pause / resume recording (card details)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AuditLogModel</name>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>Legal hold placed</translation>
    </message>
    <message>
        <source>Legal hold lifted</source>
        <translation>Legal hold lifted</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>ContactDesk itself</source>
        <translation>ContactDesk itself</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recording %1 · contact %2</source>
        <translation>Recording %1 · contact %2</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>Recording %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ContactDesk::AuditLogPanel</name>
    <message>
        <source>The audit log could not be read</source>
        <translation>The audit log could not be read</translation>
    </message>
    <message>
        <source>No audit entries match these filters.</source>
        <translation>No audit entries match these filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown, newest first.</source>
        <translation>
            <numerusform>%n entry shown, newest first.</numerusform>
            <numerusform>%n entries shown, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The audit log is read-only: entries are never changed or removed.</source>
        <translation>%1 The audit log is read-only: entries are never changed or removed.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Deletion and legal hold</source>
        <translation>Deletion and legal hold</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>O&amp;utcome</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Ol&amp;der Entries</source>
        <translation>Ol&amp;der Entries</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
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
        <translation>Question</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CalibrationPanel</name>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluator(s), %1 with a score</source>
        <translation>
            <numerusform>%n evaluator, %1 with a score</numerusform>
            <numerusform>%n evaluators, %1 with a score</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Mean %1</translation>
    </message>
    <message>
        <source>Spread %1 (%2 to %3)</source>
        <translation>Spread %1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Spread %1</source>
        <translation>Spread %1</translation>
    </message>
    <message>
        <source>Std. dev. %1</source>
        <translation>Std. dev. %1</translation>
    </message>
    <message>
        <source>Population standard deviation of the evaluators&apos; scores</source>
        <translation>Population standard deviation of the evaluators&apos; scores</translation>
    </message>
    <message>
        <source>The evaluators answered every question alike.</source>
        <translation>The evaluators answered every question alike.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered differently:</source>
        <translation>
            <numerusform>%n question answered differently:</numerusform>
            <numerusform>%n questions answered differently:</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores by evaluator:</source>
        <translation>Scores by evaluator:</translation>
    </message>
    <message>
        <source>Scores by evaluator</source>
        <translation>Scores by evaluator</translation>
    </message>
    <message>
        <source>Questions the evaluators disagree on</source>
        <translation>Questions the evaluators disagree on</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CalibrationScoreModel</name>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>From the mean</source>
        <translation>From the mean</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CannedResponsePopup</name>
    <message>
        <source>There are no canned responses for this channel.</source>
        <translation>There are no canned responses for this channel.</translation>
    </message>
    <message>
        <source>No canned response matches “%1”.</source>
        <translation>No canned response matches “%1”.</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Search canned responses</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Canned responses</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CoachingSessionModel</name>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To go through</source>
        <translation>To go through</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CoachingSessionPanel</name>
    <message>
        <source>Contact %1, %2–%3</source>
        <translation>Contact %1, %2–%3</translation>
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
        <translation>The coaching sessions could not be loaded</translation>
    </message>
    <message>
        <source>You have not assigned a coaching session yet. Choose an agent, give it a title and save it.</source>
        <translation>You have not assigned a coaching session yet. Choose an agent, give it a title and save it.</translation>
    </message>
    <message>
        <source>No coaching session has been assigned to you yet.</source>
        <translation>No coaching session has been assigned to you yet.</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>This agent has no submitted evaluation yet.</source>
        <translation>This agent has no submitted evaluation yet.</translation>
    </message>
    <message>
        <source>No evaluation is linked to this session.</source>
        <translation>No evaluation is linked to this session.</translation>
    </message>
    <message>
        <source>The session could not be saved</source>
        <translation>The session could not be saved</translation>
    </message>
    <message>
        <source>Coaching session “%1” saved.</source>
        <translation>Coaching session “%1” saved.</translation>
    </message>
    <message>
        <source>Give the session a title first</source>
        <translation>Give the session a title first</translation>
    </message>
    <message>
        <source>Selected in the player: %1</source>
        <translation>Selected in the player: %1</translation>
    </message>
    <message>
        <source>Select a stretch of a call on the waveform to add it as a clip.</source>
        <translation>Select a stretch of a call on the waveform to add it as a clip.</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;New Session</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>What the session is about</source>
        <translation>What the session is about</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>What to practise, what went well</source>
        <translation>What to practise, what went well</translation>
    </message>
    <message>
        <source>Evaluations to go through</source>
        <translation>Evaluations to go through</translation>
    </message>
    <message>
        <source>Clips to play together</source>
        <translation>Clips to play together</translation>
    </message>
    <message>
        <source>Note for the clip (optional)</source>
        <translation>Note for the clip (optional)</translation>
    </message>
    <message>
        <source>Add the Player&apos;s &amp;Selection</source>
        <translation>Add the Player&apos;s &amp;Selection</translation>
    </message>
    <message>
        <source>&amp;Remove Clip</source>
        <translation>&amp;Remove Clip</translation>
    </message>
    <message>
        <source>&amp;Play Clip</source>
        <translation>&amp;Play Clip</translation>
    </message>
    <message>
        <source>Sa&amp;ve Session</source>
        <translation>Sa&amp;ve Session</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Coaching sessions</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CoachingText</name>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Recording paused — not recorded</source>
        <translation>Recording paused — not recorded</translation>
    </message>
    <message>
        <source>On hold at %1 for %2</source>
        <translation>On hold at %1 for %2</translation>
    </message>
    <message>
        <source>Transferred at %1</source>
        <translation>Transferred at %1</translation>
    </message>
    <message>
        <source>Recording paused at %1 — %2 of the call were not recorded</source>
        <translation>Recording paused at %1 — %2 of the call were not recorded</translation>
    </message>
    <message>
        <source>Not recorded (no consent)</source>
        <translation>Not recorded (no consent)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Recorded · legal hold</source>
        <translation>Recorded · legal hold</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Call audio</source>
        <translation>Call audio</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Critical failed</source>
        <translation>Critical failed</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 · critical failed</source>
        <translation>%1 · critical failed</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
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
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 of %2 points</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sign in first: coaching works in your name.</source>
        <translation>Sign in first: coaching works in your name.</translation>
    </message>
    <message>
        <source>The connection to the contact centre is lost.</source>
        <translation>The connection to the contact centre is lost.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The recording is under legal hold; lift the hold before deleting it.</source>
        <translation>The recording is under legal hold; lift the hold before deleting it.</translation>
    </message>
    <message>
        <source>The recording is under evaluation: it can be deleted once the agent has acknowledged the evaluation or its draft is discarded.</source>
        <translation>The recording is under evaluation: it can be deleted once the agent has acknowledged the evaluation or its draft is discarded.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CoachingView</name>
    <message>
        <source>Coaching is not available here.</source>
        <translation>Coaching is not available here.</translation>
    </message>
    <message>
        <source>Sign in to coach: recordings and evaluations are opened in your name.</source>
        <translation>Sign in to coach: recordings and evaluations are opened in your name.</translation>
    </message>
    <message>
        <source>Coaching is not available until someone is signed in: %1</source>
        <translation>Coaching is not available until someone is signed in: %1</translation>
    </message>
    <message>
        <source>The agents could not be loaded</source>
        <translation>The agents could not be loaded</translation>
    </message>
    <message>
        <source>The recording could not be found</source>
        <translation>The recording could not be found</translation>
    </message>
    <message>
        <source>Contact %1 has no recording.</source>
        <translation>Contact %1 has no recording.</translation>
    </message>
    <message>
        <source>%1 of %2, %3–%4</source>
        <translation>%1 of %2, %3–%4</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Coaching &amp;Sessions</source>
        <translation>Coaching &amp;Sessions</translation>
    </message>
    <message>
        <source>E&amp;valuations &amp;&amp; Trend</source>
        <translation>E&amp;valuations &amp;&amp; Trend</translation>
    </message>
    <message>
        <source>&amp;My Evaluations</source>
        <translation>&amp;My Evaluations</translation>
    </message>
    <message>
        <source>Aud&amp;it Log</source>
        <translation>Aud&amp;it Log</translation>
    </message>
    <message>
        <source>Coaching as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Coaching as &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CommentListModel</name>
    <message>
        <source>A message</source>
        <translation>A message</translation>
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
        <translation>Unknown customer</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>Waited %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds left to accept an offer</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>offer, %1 left to accept</source>
        <translation>offer, %1 left to accept</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ContactPane</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>VIP customer</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>Campaign call</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>%1, muted</source>
        <translation>%1, muted</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consulting</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Incoming %1</source>
        <translation>Incoming %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <source>You are consulting a colleague. The customer is on hold.</source>
        <translation>You are consulting a colleague. The customer is on hold.</translation>
    </message>
    <message>
        <source>You are consulting %1. The customer is on hold.</source>
        <translation>You are consulting %1. The customer is on hold.</translation>
    </message>
    <message>
        <source>Back-office task</source>
        <translation>Back-office task</translation>
    </message>
    <message>
        <source>Work on the task, then end it to wrap up.</source>
        <translation>Work on the task, then end it to wrap up.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds left to accept an offer</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left to accept</source>
        <translation>%1 left to accept</translation>
    </message>
    <message>
        <source>Time in this state: %1</source>
        <translation>Time in this state: %1</translation>
    </message>
    <message>
        <source>Talk %1 · Hold %2</source>
        <translation>Talk %1 · Hold %2</translation>
    </message>
    <message>
        <source>Call time: talking %1, on hold %2</source>
        <translation>Call time: talking %1, on hold %2</translation>
    </message>
    <message>
        <source>No contact selected.

Offers and the contacts you handle appear in the inbox on the left. Go Ready (Ctrl+Alt+R) to receive them.</source>
        <translation>No contact selected.

Offers and the contacts you handle appear in the inbox on the left. Go Ready (Ctrl+Alt+R) to receive them.</translation>
    </message>
    <message>
        <source>Sign in to receive calls, chats and messages.</source>
        <translation>Sign in to receive calls, chats and messages.</translation>
    </message>
    <message>
        <source>Call no&amp;tes (carried into the wrap-up):</source>
        <translation>Call no&amp;tes (carried into the wrap-up):</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <source>Notes while you talk…</source>
        <translation>Notes while you talk…</translation>
    </message>
    <message>
        <source>Selected contact</source>
        <translation>Selected contact</translation>
    </message>
    <message>
        <source>No contact selected.

Offers and the contacts you handle appear in the inbox on the left.</source>
        <translation>No contact selected.

Offers and the contacts you handle appear in the inbox on the left.</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <translation>Recording paused</translation>
    </message>
    <message>
        <source>Not recorded (no consent)</source>
        <translation>Not recorded (no consent)</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ConversationPane</name>
    <message>
        <source>customer</source>
        <comment>stands in for an unknown customer&apos;s name in a canned response</comment>
        <translation>customer</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>On %1, %2 wrote:</translation>
    </message>
    <message>
        <source>Enter: new line · Alt+S: send</source>
        <translation>Enter: new line · Alt+S: send</translation>
    </message>
    <message>
        <source>Enter: send · Shift+Enter: new line</source>
        <translation>Enter: send · Shift+Enter: new line</translation>
    </message>
    <message>
        <source>Write your e-mail reply…</source>
        <translation>Write your e-mail reply…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Write a reply…</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Loading the conversation…</translation>
    </message>
    <message>
        <source>The conversation could not be loaded: %1</source>
        <translation>The conversation could not be loaded: %1</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>E-mail subject</source>
        <translation>E-mail subject</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Your reply</translation>
    </message>
    <message>
        <source>&amp;Quote the customer&apos;s last message</source>
        <translation>&amp;Quote the customer&apos;s last message</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send the reply (Alt+S)</source>
        <translation>Send the reply (Alt+S)</translation>
    </message>
</context>
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
    <message>
        <source>Not connected to the contact centre yet.</source>
        <translation>Not connected to the contact centre yet.</translation>
    </message>
    <message>
        <source>Sign in to search for customers.</source>
        <translation>Sign in to search for customers.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::CustomerLinkPanel</name>
    <message>
        <source>“%1” is not a phone number; the customer was not created.</source>
        <translation>“%1” is not a phone number; the customer was not created.</translation>
    </message>
    <message>
        <source>The customer was not created: %1</source>
        <translation>The customer was not created: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Type a phone number, an e-mail address or a name.</source>
        <translation>Type a phone number, an e-mail address or a name.</translation>
    </message>
    <message>
        <source>Nobody matches. Create a new customer from this contact?</source>
        <translation>Nobody matches. Create a new customer from this contact?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>%Ln customer found</numerusform>
            <numerusform>%Ln customers found</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is %1?</source>
        <translation>Who is %1?</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unknown customer</translation>
    </message>
    <message>
        <source>This contact is not linked to a customer yet. Find them by phone number, e-mail or name and link them, or create a new customer.</source>
        <translation>This contact is not linked to a customer yet. Find them by phone number, e-mail or name and link them, or create a new customer.</translation>
    </message>
    <message>
        <source>Phone, e-mail or name</source>
        <translation>Phone, e-mail or name</translation>
    </message>
    <message>
        <source>Search the customer to link</source>
        <translation>Search the customer to link</translation>
    </message>
    <message>
        <source>Customers to link</source>
        <translation>Customers to link</translation>
    </message>
    <message>
        <source>&amp;Link to this contact</source>
        <translation>&amp;Link to this contact</translation>
    </message>
    <message>
        <source>Create &amp;new customer…</source>
        <translation>Create &amp;new customer…</translation>
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
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Not Ready</translation>
    </message>
    <message>
        <source>After-Call Work</source>
        <translation>After-Call Work</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Administrative work</source>
        <translation>Administrative work</translation>
    </message>
    <message>
        <source>Missed an offer</source>
        <translation>Missed an offer</translation>
    </message>
    <message>
        <source>Rejected an offer</source>
        <translation>Rejected an offer</translation>
    </message>
    <message>
        <source>Just signed in</source>
        <translation>Just signed in</translation>
    </message>
    <message>
        <source>The offer from %1 timed out and went back to the queue.</source>
        <translation>The offer from %1 timed out and went back to the queue.</translation>
    </message>
    <message>
        <source>You rejected the offer from %1; it went back to the queue.</source>
        <translation>You rejected the offer from %1; it went back to the queue.</translation>
    </message>
    <message>
        <source>%1 hung up or left before you answered.</source>
        <translation>%1 hung up or left before you answered.</translation>
    </message>
    <message>
        <source>The contact with %1 was transferred.</source>
        <translation>The contact with %1 was transferred.</translation>
    </message>
    <message>
        <source>The contact with %1 is closed.</source>
        <translation>The contact with %1 is closed.</translation>
    </message>
    <message>
        <source>The contact with %1 went back to the queue.</source>
        <translation>The contact with %1 went back to the queue.</translation>
    </message>
    <message>
        <source>The offer from %1 was withdrawn.</source>
        <translation>The offer from %1 was withdrawn.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Wrapping up</source>
        <translation>Wrapping up</translation>
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
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not load the contacts: %1</source>
        <translation>Could not load the contacts: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>ContactDesk::DrillDownModel</name>
    <message>
        <source>Not identified</source>
        <translation>Not identified</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
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
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wait</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>ContactDesk::EvaluationEditor</name>
    <message>
        <source>Open a recording in the library to evaluate it.</source>
        <translation>Open a recording in the library to evaluate it.</translation>
    </message>
    <message>
        <source>Team leads evaluate contacts. Your own evaluations are under My Evaluations.</source>
        <translation>Team leads evaluate contacts. Your own evaluations are under My Evaluations.</translation>
    </message>
    <message>
        <source>This is your own contact: someone else evaluates it.</source>
        <translation>This is your own contact: someone else evaluates it.</translation>
    </message>
    <message>
        <source>The scorecard could not be loaded</source>
        <translation>The scorecard could not be loaded</translation>
    </message>
    <message>
        <source>There is no scorecard to evaluate with yet.</source>
        <translation>There is no scorecard to evaluate with yet.</translation>
    </message>
    <message>
        <source>The scorecards could not be loaded</source>
        <translation>The scorecards could not be loaded</translation>
    </message>
    <message>
        <source>What went well, what to work on</source>
        <translation>What went well, what to work on</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>The draft could not be saved</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>The evaluation could not be submitted</source>
        <translation>The evaluation could not be submitted</translation>
    </message>
    <message>
        <source>Evaluation submitted: %1.</source>
        <translation>Evaluation submitted: %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message numerus="yes">
        <source>Answer every question first: %n left</source>
        <translation>
            <numerusform>Answer every question first: %n left</numerusform>
            <numerusform>Answer every question first: %n left</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit the evaluation to the agent; it cannot be changed afterwards</source>
        <translation>Submit the evaluation to the agent; it cannot be changed afterwards</translation>
    </message>
    <message>
        <source>Score&amp;card</source>
        <translation>Score&amp;card</translation>
    </message>
    <message>
        <source>O&amp;verall comment</source>
        <translation>O&amp;verall comment</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Save &amp;Draft</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;ubmit</translation>
    </message>
</context>
<context>
    <name>ContactDesk::EvaluationListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContactDesk::EvaluationPanel</name>
    <message>
        <source>Evaluated by %1</source>
        <translation>Evaluated by %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message>
        <source>draft, last saved %1</source>
        <translation>draft, last saved %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Overall:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Acknowledged by the agent</source>
        <translation>Acknowledged by the agent</translation>
    </message>
    <message>
        <source>Disputed by the agent</source>
        <translation>Disputed by the agent</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; on %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; on %2: %3</translation>
    </message>
    <message>
        <source>The scorecard could not be loaded</source>
        <translation>The scorecard could not be loaded</translation>
    </message>
    <message>
        <source>Say why you disagree first</source>
        <translation>Say why you disagree first</translation>
    </message>
    <message>
        <source>The evaluation could not be acknowledged</source>
        <translation>The evaluation could not be acknowledged</translation>
    </message>
    <message>
        <source>The evaluation could not be disputed</source>
        <translation>The evaluation could not be disputed</translation>
    </message>
    <message>
        <source>You acknowledged the evaluation.</source>
        <translation>You acknowledged the evaluation.</translation>
    </message>
    <message>
        <source>You disputed the evaluation; your team lead sees why.</source>
        <translation>You disputed the evaluation; your team lead sees why.</translation>
    </message>
    <message>
        <source>Your comment (needed to dispute)</source>
        <translation>Your comment (needed to dispute)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>You have read the evaluation and accept it</source>
        <translation>You have read the evaluation and accept it</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>&amp;Dispute</translation>
    </message>
    <message>
        <source>Open &amp;Recording</source>
        <translation>Open &amp;Recording</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
</context>
<context>
    <name>ContactDesk::InboxWidget</name>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <comment>contacts being handled</comment>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in to receive contacts.</source>
        <translation>Sign in to receive contacts.</translation>
    </message>
    <message>
        <source>You are Ready. New calls, chats and messages appear here.</source>
        <translation>You are Ready. New calls, chats and messages appear here.</translation>
    </message>
    <message>
        <source>No contacts. Go Ready to receive calls, chats and messages.</source>
        <translation>No contacts. Go Ready to receive calls, chats and messages.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Offered and active contacts</source>
        <translation>Offered and active contacts</translation>
    </message>
    <message>
        <source>Your account has no agent desk: you supervise and coach, and receive no contacts.</source>
        <translation>Your account has no agent desk: you supervise and coach, and receive no contacts.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::InteractionReview</name>
    <message>
        <source>Export Recording</source>
        <translation>Export Recording</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV audio (*.wav)</translation>
    </message>
    <message>
        <source>Transcript JSON (*.json)</source>
        <translation>Transcript JSON (*.json)</translation>
    </message>
    <message>
        <source>Delete Recording</source>
        <translation>Delete Recording</translation>
    </message>
    <message>
        <source>Delete the recording of contact %1 (%2, %3)? Its file is destroyed and cannot be restored; the deletion and its reason are written to the audit log.</source>
        <translation>Delete the recording of contact %1 (%2, %3)? Its file is destroyed and cannot be restored; the deletion and its reason are written to the audit log.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Why this recording is deleted</source>
        <translation>Why this recording is deleted</translation>
    </message>
    <message>
        <source>&amp;Delete Recording</source>
        <translation>&amp;Delete Recording</translation>
    </message>
    <message>
        <source>This recording is under legal hold: it cannot be deleted until the hold is lifted.</source>
        <translation>This recording is under legal hold: it cannot be deleted until the hold is lifted.</translation>
    </message>
    <message>
        <source>Open a recording from the library to play it, comment on it and evaluate it.</source>
        <translation>Open a recording from the library to play it, comment on it and evaluate it.</translation>
    </message>
    <message>
        <source>Not recorded: the customer did not consent to recording, so there is nothing to play or read.</source>
        <translation>Not recorded: the customer did not consent to recording, so there is nothing to play or read.</translation>
    </message>
    <message>
        <source>This recording was deleted on %1; only its details are left.</source>
        <translation>This recording was deleted on %1; only its details are left.</translation>
    </message>
    <message>
        <source>Opening the recording…</source>
        <translation>Opening the recording…</translation>
    </message>
    <message>
        <source>The recording could not be opened</source>
        <translation>The recording could not be opened</translation>
    </message>
    <message>
        <source>The recording could not be played: %1</source>
        <translation>The recording could not be played: %1</translation>
    </message>
    <message>
        <source>The transcript could not be read: %1</source>
        <translation>The transcript could not be read: %1</translation>
    </message>
    <message>
        <source>%1 long</source>
        <translation>%1 long</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>queue %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message numerus="yes">
        <source>recording paused %n time(s)</source>
        <translation>
            <numerusform>recording paused %n time</numerusform>
            <numerusform>recording paused %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording exported to %1</source>
        <translation>Recording exported to %1</translation>
    </message>
    <message>
        <source>The recording could not be exported</source>
        <translation>The recording could not be exported</translation>
    </message>
    <message>
        <source>The recording could not be deleted</source>
        <translation>The recording could not be deleted</translation>
    </message>
    <message>
        <source>The recording of contact %1 is deleted.</source>
        <translation>The recording of contact %1 is deleted.</translation>
    </message>
    <message>
        <source>The recording is under legal hold: nobody can delete it.</source>
        <translation>The recording is under legal hold: nobody can delete it.</translation>
    </message>
    <message>
        <source>The legal hold is lifted.</source>
        <translation>The legal hold is lifted.</translation>
    </message>
    <message>
        <source>The legal hold could not be placed</source>
        <translation>The legal hold could not be placed</translation>
    </message>
    <message>
        <source>The legal hold could not be lifted</source>
        <translation>The legal hold could not be lifted</translation>
    </message>
    <message>
        <source>Save a copy of the recording as a file; the export is written to the audit log</source>
        <translation>Save a copy of the recording as a file; the export is written to the audit log</translation>
    </message>
    <message>
        <source>Under legal hold: neither retention nor anyone else deletes this recording. Click to lift the hold.</source>
        <translation>Under legal hold: neither retention nor anyone else deletes this recording. Click to lift the hold.</translation>
    </message>
    <message>
        <source>Keep this recording from being deleted, by retention or by anyone</source>
        <translation>Keep this recording from being deleted, by retention or by anyone</translation>
    </message>
    <message>
        <source>Under legal hold: lift the hold before deleting the recording</source>
        <translation>Under legal hold: lift the hold before deleting the recording</translation>
    </message>
    <message>
        <source>Delete the recording for good, with a reason for the audit log</source>
        <translation>Delete the recording for good, with a reason for the audit log</translation>
    </message>
    <message>
        <source>The comments could not be loaded</source>
        <translation>The comments could not be loaded</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 at %2: %3</translation>
    </message>
    <message>
        <source>Coaching comments (%1)</source>
        <translation>Coaching comments (%1)</translation>
    </message>
    <message>
        <source>The evaluations could not be loaded</source>
        <translation>The evaluations could not be loaded</translation>
    </message>
    <message>
        <source>Nobody has evaluated this interaction yet.</source>
        <translation>Nobody has evaluated this interaction yet.</translation>
    </message>
    <message numerus="yes">
        <source>Calibration compares the scores of two or more evaluators of this interaction. %n evaluation(s) submitted so far.</source>
        <translation>
            <numerusform>Calibration compares the scores of two or more evaluators of this interaction. %n evaluation submitted so far.</numerusform>
            <numerusform>Calibration compares the scores of two or more evaluators of this interaction. %n evaluations submitted so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>No calibration</source>
        <translation>No calibration</translation>
    </message>
    <message>
        <source>The comment could not be added</source>
        <translation>The comment could not be added</translation>
    </message>
    <message>
        <source>The comment could not be deleted</source>
        <translation>The comment could not be deleted</translation>
    </message>
    <message>
        <source>&amp;Add at %1</source>
        <translation>&amp;Add at %1</translation>
    </message>
    <message>
        <source>&amp;Add to Message %1</source>
        <translation>&amp;Add to Message %1</translation>
    </message>
    <message>
        <source>&amp;Add Comment</source>
        <translation>&amp;Add Comment</translation>
    </message>
    <message>
        <source>Select the message the comment is about first</source>
        <translation>Select the message the comment is about first</translation>
    </message>
    <message>
        <source>Only its author deletes a comment</source>
        <translation>Only its author deletes a comment</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluate</translation>
    </message>
    <message>
        <source>E&amp;valuations (%1)</source>
        <translation>E&amp;valuations (%1)</translation>
    </message>
    <message>
        <source>Ca&amp;libration (%1)</source>
        <translation>Ca&amp;libration (%1)</translation>
    </message>
    <message>
        <source>Ca&amp;libration</source>
        <translation>Ca&amp;libration</translation>
    </message>
    <message>
        <source>A coaching comment on this moment</source>
        <translation>A coaching comment on this moment</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Coaching comments</source>
        <translation>Coaching comments</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Legal &amp;Hold</source>
        <translation>Legal &amp;Hold</translation>
    </message>
    <message>
        <source>Delete Re&amp;cording…</source>
        <translation>Delete Re&amp;cording…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::InternalChatWidget</name>
    <message>
        <source>Sales experts</source>
        <translation>Sales experts</translation>
    </message>
    <message>
        <source>Billing experts</source>
        <translation>Billing experts</translation>
    </message>
    <message>
        <source>Technical support experts</source>
        <translation>Technical support experts</translation>
    </message>
    <message>
        <source>Retention experts</source>
        <translation>Retention experts</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Korean speakers</source>
        <translation>Korean speakers</translation>
    </message>
    <message>
        <source>English speakers</source>
        <translation>English speakers</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>colleague</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Ask a colleague or an expert group; the customer does not see this.</source>
        <translation>Ask a colleague or an expert group; the customer does not see this.</translation>
    </message>
    <message numerus="yes">
        <source>Help (%n new)</source>
        <translation>
            <numerusform>Help (%n new)</numerusform>
            <numerusform>Help (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Ask whom</source>
        <translation>Ask whom</translation>
    </message>
    <message>
        <source>A colleague or an expert group</source>
        <translation>A colleague or an expert group</translation>
    </message>
    <message>
        <source>Refresh the list of colleagues</source>
        <translation>Refresh the list of colleagues</translation>
    </message>
    <message>
        <source>Internal help messages</source>
        <translation>Internal help messages</translation>
    </message>
    <message>
        <source>Ask for help…</source>
        <translation>Ask for help…</translation>
    </message>
    <message>
        <source>Message to colleagues</source>
        <translation>Message to colleagues</translation>
    </message>
</context>
<context>
    <name>ContactDesk::MainWindow</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
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
        <source>About ContactDesk</source>
        <translation>About ContactDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ContactDesk %1&lt;/h3&gt;&lt;p&gt;Calls, chats, e-mails, text and social messages in one window, with the customer&apos;s whole history beside them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ContactDesk %1&lt;/h3&gt;&lt;p&gt;Calls, chats, e-mails, text and social messages in one window, with the customer&apos;s whole history beside them.&lt;/p&gt;</translation>
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
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Customers view</source>
        <translation>Customers view</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>Wallboard view</source>
        <translation>Wallboard view</translation>
    </message>
    <message>
        <source>On a figure of the queue table: the contacts behind it</source>
        <translation>On a figure of the queue table: the contacts behind it</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the TV window</source>
        <translation>Close the TV window</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Coaching view</source>
        <translation>Coaching view</translation>
    </message>
    <message>
        <source>Play or pause the recording</source>
        <translation>Play or pause the recording</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Left / Right</translation>
    </message>
    <message>
        <source>On the waveform: five seconds back or forward</source>
        <translation>On the waveform: five seconds back or forward</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>On the waveform: to the start or the end</source>
        <translation>On the waveform: to the start or the end</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Drag</translation>
    </message>
    <message>
        <source>On the waveform: select a clip for a coaching session</source>
        <translation>On the waveform: select a clip for a coaching session</translation>
    </message>
    <message>
        <source>On the waveform: clear the selection</source>
        <translation>On the waveform: clear the selection</translation>
    </message>
    <message>
        <source>Save the evaluation as a draft</source>
        <translation>Save the evaluation as a draft</translation>
    </message>
</context>
<context>
    <name>ContactDesk::NewCustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>A name or a company is enough; the rest can be added later.</source>
        <translation>A name or a company is enough; the rest can be added later.</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;VIP</source>
        <translation>&amp;VIP</translation>
    </message>
    <message>
        <source>&amp;Create and link</source>
        <translation>&amp;Create and link</translation>
    </message>
</context>
<context>
    <name>ContactDesk::NextOfferPanel</name>
    <message>
        <source>Could not load the next offer: %1</source>
        <translation>Could not load the next offer: %1</translation>
    </message>
    <message>
        <source>%1 likely to accept · earns %2</source>
        <translation>%1 likely to accept · earns %2</translation>
    </message>
    <message>
        <source>No offer fits this customer now.</source>
        <translation>No offer fits this customer now.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recorded — %1</source>
        <translation>Recorded — %1</translation>
    </message>
    <message>
        <source>Could not record the offer&apos;s outcome: %1</source>
        <translation>Could not record the offer&apos;s outcome: %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>not now</translation>
    </message>
    <message>
        <source>Next best offer</source>
        <translation>Next best offer</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>The customer takes the offer (Ctrl+Alt+Y)</source>
        <translation>The customer takes the offer (Ctrl+Alt+Y)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>The customer does not want it; not offered again for a while (Ctrl+Alt+D)</source>
        <translation>The customer does not want it; not offered again for a while (Ctrl+Alt+D)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Not the right moment; it may come up again (Ctrl+Alt+L)</source>
        <translation>Not the right moment; it may come up again (Ctrl+Alt+L)</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Offer accepted</translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation>Offer declined</translation>
    </message>
    <message>
        <source>Offer: not now</source>
        <translation>Offer: not now</translation>
    </message>
    <message>
        <source>the offer has ended</source>
        <translation>the offer has ended</translation>
    </message>
    <message>
        <source>the offer has been paused</source>
        <translation>the offer has been paused</translation>
    </message>
    <message>
        <source>the offer is not valid yet</source>
        <translation>the offer is not valid yet</translation>
    </message>
</context>
<context>
    <name>ContactDesk::OfferCatalogueDialog</name>
    <message>
        <source>Could not load the offer catalogue: %1</source>
        <translation>Could not load the offer catalogue: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>No end</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty. Import one from a JSON file (see docs/OFFERS.md).</source>
        <translation>The catalogue is empty. Import one from a JSON file (see docs/OFFERS.md).</translation>
    </message>
    <message>
        <source>Select an offer to change its terms.</source>
        <translation>Select an offer to change its terms.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>An offer cannot end before it starts (%1).</source>
        <translation>An offer cannot end before it starts (%1).</translation>
    </message>
    <message>
        <source>Could not save the offer: %1</source>
        <translation>Could not save the offer: %1</translation>
    </message>
    <message>
        <source>Saved. New suggestions use the changed terms.</source>
        <translation>Saved. New suggestions use the changed terms.</translation>
    </message>
    <message>
        <source>Import an offer catalogue</source>
        <translation>Import an offer catalogue</translation>
    </message>
    <message>
        <source>Offer catalogues (*.json)</source>
        <translation>Offer catalogues (*.json)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nothing was imported from %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed offers, %3 new and %4 changed products.</source>
        <translation>Imported %1 new and %2 changed offers, %3 new and %4 changed products.</translation>
    </message>
    <message>
        <source>Could not load the report: %1</source>
        <translation>Could not load the report: %1</translation>
    </message>
    <message>
        <source>No agent recorded</source>
        <translation>No agent recorded</translation>
    </message>
    <message>
        <source>No offer outcomes were recorded in this period.</source>
        <translation>No offer outcomes were recorded in this period.</translation>
    </message>
    <message>
        <source>Up-sell</source>
        <translation>Up-sell</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Cross-sell</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Partner promotion</source>
        <translation>Partner promotion</translation>
    </message>
    <message>
        <source>Offer catalogue</source>
        <translation>Offer catalogue</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Outcomes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Cool-down</translation>
    </message>
    <message>
        <source>Offers in the catalogue</source>
        <translation>Offers in the catalogue</translation>
    </message>
    <message>
        <source>&amp;Active: suggested to eligible customers</source>
        <translation>&amp;Active: suggested to eligible customers</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Margin:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>Cool-&amp;down after a decline:</source>
        <translation>Cool-&amp;down after a decline:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Import from JSON…</translation>
    </message>
    <message>
        <source>By offer</source>
        <translation>By offer</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>By agent</translation>
    </message>
    <message>
        <source>By customer segment</source>
        <translation>By customer segment</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Today (last 24 hours)</source>
        <translation>Today (last 24 hours)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Who or what</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Offer outcomes</source>
        <translation>Offer outcomes</translation>
    </message>
    <message>
        <source>Saved %1. New suggestions use it.</source>
        <translation>Saved %1. New suggestions use it.</translation>
    </message>
    <message>
        <source>&amp;New offer…</source>
        <translation>&amp;New offer…</translation>
    </message>
    <message>
        <source>&amp;Edit all terms…</source>
        <translation>&amp;Edit all terms…</translation>
    </message>
</context>
<context>
    <name>ContactDesk::OfferEditorDialog</name>
    <message>
        <source>Could not load the products: %1</source>
        <translation>Could not load the products: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is already an offer with the id %1. Choose another id.</source>
        <translation>There is already an offer with the id %1. Choose another id.</translation>
    </message>
    <message>
        <source>The offer was not saved: %1</source>
        <translation>The offer was not saved: %1</translation>
    </message>
    <message>
        <source>Edit offer %1</source>
        <translation>Edit offer %1</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>New offer</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ -</source>
        <translation>lower-case letters, digits, . _ -</translation>
    </message>
    <message>
        <source>Name (&amp;Korean):</source>
        <translation>Name (&amp;Korean):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;English):</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;Product sold:</source>
        <translation>&amp;Product sold:</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Margin:</translation>
    </message>
    <message>
        <source>What the company earns when the customer accepts</source>
        <translation>What the company earns when the customer accepts</translation>
    </message>
    <message>
        <source>Currency (ISO 4217, such as KRW)</source>
        <translation>Currency (ISO 4217, such as KRW)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Valid &amp;from (UTC):</source>
        <translation>Valid &amp;from (UTC):</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Valid &amp;until (UTC, inclusive):</source>
        <translation>Valid &amp;until (UTC, inclusive):</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>No end</translation>
    </message>
    <message>
        <source>Required c&amp;onsent:</source>
        <translation>Required c&amp;onsent:</translation>
    </message>
    <message>
        <source>None (service offer)</source>
        <translation>None (service offer)</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>Cool-&amp;down after a decline:</source>
        <translation>Cool-&amp;down after a decline:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Assumed acce&amp;ptance:</source>
        <translation>Assumed acce&amp;ptance:</translation>
    </message>
    <message>
        <source>The acceptance rate assumed before any outcome is known</source>
        <translation>The acceptance rate assumed before any outcome is known</translation>
    </message>
    <message>
        <source>&amp;Active: suggested to eligible customers</source>
        <translation>&amp;Active: suggested to eligible customers</translation>
    </message>
    <message>
        <source>Who may be offered it</source>
        <translation>Who may be offered it</translation>
    </message>
    <message>
        <source>Nothing ticked or entered means no restriction.</source>
        <translation>Nothing ticked or entered means no restriction.</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments:</translation>
    </message>
    <message>
        <source>Value tiers:</source>
        <translation>Value tiers:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>e.g. ko, en</source>
        <translation>e.g. ko, en</translation>
    </message>
    <message>
        <source>Phone &amp;regions:</source>
        <translation>Phone &amp;regions:</translation>
    </message>
    <message>
        <source>e.g. KR, US</source>
        <translation>e.g. KR, US</translation>
    </message>
    <message>
        <source>Contact reasons (&amp;queues):</source>
        <translation>Contact reasons (&amp;queues):</translation>
    </message>
    <message>
        <source>e.g. retention</source>
        <translation>e.g. retention</translation>
    </message>
    <message>
        <source>Minimum &amp;tenure:</source>
        <translation>Minimum &amp;tenure:</translation>
    </message>
    <message>
        <source>Must own one &amp;of:</source>
        <translation>Must own one &amp;of:</translation>
    </message>
    <message>
        <source>Products of which the customer must own at least one</source>
        <translation>Products of which the customer must own at least one</translation>
    </message>
    <message>
        <source>Must own &amp;none of:</source>
        <translation>Must own &amp;none of:</translation>
    </message>
    <message>
        <source>Products the customer must not own</source>
        <translation>Products the customer must not own</translation>
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
        <translation>Unstaffed</translation>
    </message>
    <message>
        <source>Target: %1% answered within %2 s. Double-click for the contacts answered later.</source>
        <translation>Target: %1% answered within %2 s. Double-click for the contacts answered later.</translation>
    </message>
    <message>
        <source>Longest wait today: %1</source>
        <translation>Longest wait today: %1</translation>
    </message>
    <message>
        <source>Double-click for the contacts behind the figure</source>
        <translation>Double-click for the contacts behind the figure</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>The oldest contact waiting now</source>
        <translation>The oldest contact waiting now</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Longest</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Service level today</translation>
    </message>
    <message>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Average speed of answer</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Estimated wait of a new arrival</source>
        <translation>Estimated wait of a new arrival</translation>
    </message>
    <message>
        <source>EWT</source>
        <translation>EWT</translation>
    </message>
    <message>
        <source>Callbacks waiting</source>
        <translation>Callbacks waiting</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Agents Ready who can take the queue&apos;s contacts</source>
        <translation>Agents Ready who can take the queue&apos;s contacts</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Agents busy on a contact</source>
        <translation>Agents busy on a contact</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Agents in after-call work</source>
        <translation>Agents in after-call work</translation>
    </message>
    <message>
        <source>ACW</source>
        <translation>ACW</translation>
    </message>
    <message>
        <source>Agents Not Ready</source>
        <translation>Agents Not Ready</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Not Ready</translation>
    </message>
    <message numerus="yes">
        <source>Callbacks waiting now; double-click for them. %Ln contact(s) asked for one today.</source>
        <translation>
            <numerusform>Callbacks waiting now; double-click for them. %Ln contact asked for one today.</numerusform>
            <numerusform>Callbacks waiting now; double-click for them. %Ln contacts asked for one today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDesk::RecordingLibrary</name>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Recordings are not available here: %1</source>
        <translation>Recordings are not available here: %1</translation>
    </message>
    <message>
        <source>The recordings could not be searched</source>
        <translation>The recordings could not be searched</translation>
    </message>
    <message>
        <source>No recordings match these filters.</source>
        <translation>No recordings match these filters.</translation>
    </message>
    <message>
        <source>No recordings yet. Calls, chats and e-mails are recorded when they close, if the customer consented.</source>
        <translation>No recordings yet. Calls, chats and e-mails are recorded when they close, if the customer consented.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <source>All dispositions</source>
        <translation>All dispositions</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n recording(s) shown</source>
        <translation>
            <numerusform>Page %1 · %n recording shown</numerusform>
            <numerusform>Page %1 · %n recordings shown</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>&amp;Disposition</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation>E&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>CS&amp;AT</source>
        <translation>CS&amp;AT</translation>
    </message>
    <message>
        <source>Du&amp;ration</source>
        <translation>Du&amp;ration</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lowest CSAT (1–5); recordings without a survey answer are left out</source>
        <translation>Lowest CSAT (1–5); recordings without a survey answer are left out</translation>
    </message>
    <message>
        <source>Highest CSAT (1–5); recordings without a survey answer are left out</source>
        <translation>Highest CSAT (1–5); recordings without a survey answer are left out</translation>
    </message>
    <message>
        <source>Shortest duration in minutes</source>
        <translation>Shortest duration in minutes</translation>
    </message>
    <message>
        <source>Longest duration in minutes</source>
        <translation>Longest duration in minutes</translation>
    </message>
    <message>
        <source>Evaluated or not</source>
        <translation>Evaluated or not</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>&amp;Reset Filters</source>
        <translation>&amp;Reset Filters</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
</context>
<context>
    <name>ContactDesk::RecordingLibraryModel</name>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>The customer did not consent to recording, so nothing of this contact was recorded.</source>
        <translation>The customer did not consent to recording, so nothing of this contact was recorded.</translation>
    </message>
    <message>
        <source>The recording was deleted on %1.</source>
        <translation>The recording was deleted on %1.</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
</context>
<context>
    <name>ContactDesk::RecordingPlayer</name>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>The recording cannot be played: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Selected %1–%2</source>
        <translation>Selected %1–%2</translation>
    </message>
    <message>
        <source>Drag on the waveform to select a clip</source>
        <translation>Drag on the waveform to select a clip</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back five seconds</source>
        <translation>Back five seconds</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward five seconds</source>
        <translation>Forward five seconds</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Speed</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the selection (Esc on the waveform)</source>
        <translation>Clear the selection (Esc on the waveform)</translation>
    </message>
    <message>
        <source>Waveform of the recording</source>
        <translation>Waveform of the recording</translation>
    </message>
    <message>
        <source>Coaching comment</source>
        <translation>Coaching comment</translation>
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
        <translation>There is no agent to show.</translation>
    </message>
    <message>
        <source>No evaluation has been submitted yet.</source>
        <translation>No evaluation has been submitted yet.</translation>
    </message>
    <message>
        <source>The evaluations could not be loaded</source>
        <translation>The evaluations could not be loaded</translation>
    </message>
    <message>
        <source>The score trend could not be loaded</source>
        <translation>The score trend could not be loaded</translation>
    </message>
    <message>
        <source>No submitted evaluation yet: the trend starts with the first.</source>
        <translation>No submitted evaluation yet: the trend starts with the first.</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted evaluation(s): average %1, latest %2.</source>
        <translation>
            <numerusform>%n submitted evaluation: average %1, latest %2.</numerusform>
            <numerusform>%n submitted evaluations: average %1, latest %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed a critical question (red).</source>
        <translation>
            <numerusform>%n failed a critical question (red).</numerusform>
            <numerusform>%n failed a critical question (red).</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>Evaluation score over time</source>
        <translation>Evaluation score over time</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Critical question failed</source>
        <translation>Critical question failed</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ScorecardCache</name>
    <message>
        <source>Coaching is not available here</source>
        <translation>Coaching is not available here</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ScorecardForm</name>
    <message>
        <source>This cannot be scored: %1</source>
        <translation>This cannot be scored: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n question(s) answered.</source>
        <translation>
            <numerusform>All %n question answered.</numerusform>
            <numerusform>All %n questions answered.</numerusform>
        </translation>
    </message>
    <message>
        <source>A critical question failed, so the score is 0% (%1 on the rest).</source>
        <translation>A critical question failed, so the score is 0% (%1 on the rest).</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %1 of %n question(s) answered.</source>
        <translation>
            <numerusform>Incomplete: %1 of %n question answered.</numerusform>
            <numerusform>Incomplete: %1 of %n questions answered.</numerusform>
        </translation>
    </message>
    <message>
        <source>A critical question failed, so the score will be 0%.</source>
        <translation>A critical question failed, so the score will be 0%.</translation>
    </message>
    <message>
        <source>%1 so far.</source>
        <translation>%1 so far.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Every question is not applicable: there is no score.</source>
        <translation>Every question is not applicable: there is no score.</translation>
    </message>
    <message>
        <source>Critical questions failed: %1</source>
        <translation>Critical questions failed: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 · critical failed</source>
        <translation>%1 · critical failed</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unanswered</source>
        <translation>
            <numerusform>%1 · %n unanswered</numerusform>
            <numerusform>%1 · %n unanswered</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>%1 &lt;span style=&quot;color:gray&quot;&gt;(weight %2)&lt;/span&gt;</source>
        <translation>%1 &lt;span style=&quot;color:gray&quot;&gt;(weight %2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Failing this question makes the whole score 0%</source>
        <translation>Failing this question makes the whole score 0%</translation>
    </message>
    <message>
        <source>Not applicable: the question counts for nothing</source>
        <translation>Not applicable: the question counts for nothing</translation>
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
        <source>1: poor</source>
        <translation>1: poor</translation>
    </message>
    <message>
        <source>5: excellent</source>
        <translation>5: excellent</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
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
    <message>
        <source>Play a &amp;sound for new offers when the window is in the background</source>
        <translation>Play a &amp;sound for new offers when the window is in the background</translation>
    </message>
</context>
<context>
    <name>ContactDesk::ShortcutOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Press Escape or F1 to close.</source>
        <translation>Press Escape or F1 to close.</translation>
    </message>
</context>
<context>
    <name>ContactDesk::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to the contact centre.</source>
        <translation>Sign in to the contact centre.</translation>
    </message>
    <message>
        <source>Work as one of the demo agents of this desktop&apos;s contact centre.</source>
        <translation>Work as one of the demo agents of this desktop&apos;s contact centre.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
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
        <translation>Before the live centre started: figures from the database</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Forecast offered: the same interval on the same weekday of past weeks</source>
        <translation>Forecast offered: the same interval on the same weekday of past weeks</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Average handling time (actual, else forecast)</source>
        <translation>Average handling time (actual, else forecast)</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Agents required by Erlang C at the service-level target</source>
        <translation>Agents required by Erlang C at the service-level target</translation>
    </message>
    <message>
        <source>Required (C)</source>
        <translation>Required (C)</translation>
    </message>
    <message>
        <source>Agents required by Erlang A, which counts the customers who give up</source>
        <translation>Agents required by Erlang A, which counts the customers who give up</translation>
    </message>
    <message>
        <source>Required (A)</source>
        <translation>Required (A)</translation>
    </message>
    <message>
        <source>Agents signed in, on average over the interval</source>
        <translation>Agents signed in, on average over the interval</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Staffed</translation>
    </message>
    <message>
        <source>Agents handling or Ready, on average over the interval</source>
        <translation>Agents handling or Ready, on average over the interval</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Staffed minus required (Erlang C)</source>
        <translation>Staffed minus required (Erlang C)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
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
        <translation> s</translation>
    </message>
    <message>
        <source>Green at or above %1, red below %2, amber in between.</source>
        <translation>Green at or above %1, red below %2, amber in between.</translation>
    </message>
    <message>
        <source>Green at or below %1, red above %2, amber in between.</source>
        <translation>Green at or below %1, red above %2, amber in between.</translation>
    </message>
    <message>
        <source>Customize the Wallboard</source>
        <translation>Customize the Wallboard</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>Standard &amp;Tiles</source>
        <translation>Standard &amp;Tiles</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tile</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Figure:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>&amp;Queues:</translation>
    </message>
    <message>
        <source>None checked: every customer queue</source>
        <translation>None checked: every customer queue</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Tar&amp;get:</translation>
    </message>
    <message>
        <source>A&amp;larm:</source>
        <translation>A&amp;larm:</translation>
    </message>
    <message>
        <source>Charts and staffing</source>
        <translation>Charts and staffing</translation>
    </message>
    <message>
        <source>The queues the charts and the staffing table add up (none checked: all).</source>
        <translation>The queues the charts and the staffing table add up (none checked: all).</translation>
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
        <source>Search the customer&apos;s interactions</source>
        <translation>Search the customer&apos;s interactions</translation>
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
    <name>ContactDesk::TranscriptPanel</name>
    <message>
        <source>Message %1 · %2</source>
        <translation>Message %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Message %1 · %2 · %3</source>
        <translation>Message %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coaching comment(s)</source>
        <translation>
            <numerusform>%n coaching comment</numerusform>
            <numerusform>%n coaching comments</numerusform>
        </translation>
    </message>
    <message>
        <source>This message cannot be commented on: it is not in the message store</source>
        <translation>This message cannot be commented on: it is not in the message store</translation>
    </message>
    <message numerus="yes">
        <source>Transcript: %n message(s). Select one to comment on it.</source>
        <translation>
            <numerusform>Transcript: %n message. Select one to comment on it.</numerusform>
            <numerusform>Transcript: %n messages. Select one to comment on it.</numerusform>
        </translation>
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
    <name>ContactDesk::TransferDialog</name>
    <message>
        <source>Loading colleagues and queues…</source>
        <translation>Loading colleagues and queues…</translation>
    </message>
    <message>
        <source>The colleagues and queues could not be loaded: %1</source>
        <translation>The colleagues and queues could not be loaded: %1</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %1, %n contact(s) waiting</source>
        <translation>
            <numerusform>Queue %1, %n contact waiting</numerusform>
            <numerusform>Queue %1, %n contacts waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>There is nobody to transfer to.</source>
        <translation>There is nobody to transfer to.</translation>
    </message>
    <message>
        <source>Pick a colleague or a queue. Type to filter.</source>
        <translation>Pick a colleague or a queue. Type to filter.</translation>
    </message>
    <message>
        <source>Consult a colleague</source>
        <translation>Consult a colleague</translation>
    </message>
    <message>
        <source>Transfer the contact</source>
        <translation>Transfer the contact</translation>
    </message>
    <message>
        <source>Filter by name or queue</source>
        <translation>Filter by name or queue</translation>
    </message>
    <message>
        <source>Filter colleagues and queues</source>
        <translation>Filter colleagues and queues</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Colleagues and queues</source>
        <translation>Colleagues and queues</translation>
    </message>
    <message>
        <source>&amp;Transfer now</source>
        <translation>&amp;Transfer now</translation>
    </message>
    <message>
        <source>Hand the contact over at once (blind transfer)</source>
        <translation>Hand the contact over at once (blind transfer)</translation>
    </message>
    <message>
        <source>&amp;Consult first</source>
        <translation>&amp;Consult first</translation>
    </message>
    <message>
        <source>Talk to the colleague first; the customer waits on hold</source>
        <translation>Talk to the colleague first; the customer waits on hold</translation>
    </message>
</context>
<context>
    <name>ContactDesk::TvLayoutDialog</name>
    <message>
        <source>TV Layout</source>
        <translation>TV Layout</translation>
    </message>
    <message>
        <source>The TV on the wall shows the tiles first, then the pages chosen below, one after the other. Nothing checked in a list: all of them.</source>
        <translation>The TV on the wall shows the tiles first, then the pages chosen below, one after the other. Nothing checked in a list: all of them.</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <source>Queues on the queue page</source>
        <translation>Queues on the queue page</translation>
    </message>
    <message>
        <source>Show the &amp;queue page</source>
        <translation>Show the &amp;queue page</translation>
    </message>
    <message>
        <source>Show the &amp;agent page</source>
        <translation>Show the &amp;agent page</translation>
    </message>
    <message>
        <source>&amp;Each page shows for:</source>
        <translation>&amp;Each page shows for:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
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
        <translation>Today</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>ContactDesk Wallboard</source>
        <translation>ContactDesk Wallboard</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>Esc closes · ← → turn the pages</source>
        <translation>Esc closes · ← → turn the pages</translation>
    </message>
    <message>
        <source>Longer in their state than the thresholds</source>
        <translation>Longer in their state than the thresholds</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WallboardCharts</name>
    <message>
        <source>Target %1%</source>
        <translation>Target %1%</translation>
    </message>
    <message>
        <source>Offered per 15 minutes</source>
        <translation>Offered per 15 minutes</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Abandon rate</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Agents staffed and required</source>
        <translation>Agents staffed and required</translation>
    </message>
    <message>
        <source>Staffed</source>
        <translation>Staffed</translation>
    </message>
    <message>
        <source>Required (Erlang C)</source>
        <translation>Required (Erlang C)</translation>
    </message>
    <message>
        <source>Required (Erlang A)</source>
        <translation>Required (Erlang A)</translation>
    </message>
    <message>
        <source>Last days</source>
        <translation>Last days</translation>
    </message>
    <message>
        <source>Offered per day</source>
        <translation>Offered per day</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WallboardText</name>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Average speed of answer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <translation>Abandon rate</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>Average handling time</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>After-call work</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>Satisfied customers</source>
        <translation>Satisfied customers</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Callbacks waiting</source>
        <translation>Callbacks waiting</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <source>Agents ready</source>
        <translation>Agents ready</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>On target</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Below target</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not Ready</source>
        <translation>Not Ready</translation>
    </message>
    <message>
        <source>After-Call Work</source>
        <translation>After-Call Work</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Whispering</source>
        <translation>Whispering</translation>
    </message>
    <message>
        <source>Barged in</source>
        <translation>Barged in</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>The contacts waiting now</source>
        <translation>The contacts waiting now</translation>
    </message>
    <message>
        <source>Every contact offered to the queue today</source>
        <translation>Every contact offered to the queue today</translation>
    </message>
    <message>
        <source>The contacts answered today</source>
        <translation>The contacts answered today</translation>
    </message>
    <message>
        <source>The contacts answered after the service-level time today</source>
        <translation>The contacts answered after the service-level time today</translation>
    </message>
    <message>
        <source>The contacts abandoned today</source>
        <translation>The contacts abandoned today</translation>
    </message>
    <message>
        <source>The contacts refused today because the queue was full</source>
        <translation>The contacts refused today because the queue was full</translation>
    </message>
    <message>
        <source>The contacts that asked for a callback today</source>
        <translation>The contacts that asked for a callback today</translation>
    </message>
    <message>
        <source>The contacts completed today</source>
        <translation>The contacts completed today</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>All queues</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>You are not allowed to do this as a supervisor here.</source>
        <translation>You are not allowed to do this as a supervisor here.</translation>
    </message>
    <message>
        <source>The connection to the contact centre is lost.</source>
        <translation>The connection to the contact centre is lost.</translation>
    </message>
    <message>
        <source>Sign in first: the message is sent in your name.</source>
        <translation>Sign in first: the message is sent in your name.</translation>
    </message>
    <message>
        <source>The contact centre is not running: %1</source>
        <translation>The contact centre is not running: %1</translation>
    </message>
    <message>
        <source>The callbacks waiting now to be connected</source>
        <translation>The callbacks waiting now to be connected</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WallboardTileWidget</name>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
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
%2 · alarm past %3
%4</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WallboardView</name>
    <message>
        <source>The wallboard could not be loaded</source>
        <translation>The wallboard could not be loaded</translation>
    </message>
    <message>
        <source>Today&apos;s intervals could not be loaded</source>
        <translation>Today&apos;s intervals could not be loaded</translation>
    </message>
    <message>
        <source>The last days could not be loaded</source>
        <translation>The last days could not be loaded</translation>
    </message>
    <message>
        <source>Loading today&apos;s intervals…</source>
        <translation>Loading today&apos;s intervals…</translation>
    </message>
    <message>
        <source>customers&apos; patience about %1 (Erlang A)</source>
        <translation>customers&apos; patience about %1 (Erlang A)</translation>
    </message>
    <message>
        <source>patience not known yet (too few abandons; Erlang C only)</source>
        <translation>patience not known yet (too few abandons; Erlang C only)</translation>
    </message>
    <message numerus="yes">
        <source>forecast from %Ln past week(s) of the same weekday</source>
        <translation>
            <numerusform>forecast from %Ln past week of the same weekday</numerusform>
            <numerusform>forecast from %Ln past weeks of the same weekday</numerusform>
        </translation>
    </message>
    <message>
        <source>no forecast yet (no past weeks with data)</source>
        <translation>no forecast yet (no past weeks with data)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · target %2% answered within %3 s · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · target %2% answered within %3 s · %4 · %5</translation>
    </message>
    <message>
        <source>Your wallboard layout could not be loaded; showing the standard one</source>
        <translation>Your wallboard layout could not be loaded; showing the standard one</translation>
    </message>
    <message>
        <source>Your saved wallboard layout cannot be read (%1); showing the standard one.</source>
        <translation>Your saved wallboard layout cannot be read (%1); showing the standard one.</translation>
    </message>
    <message>
        <source>Your wallboard layout could not be saved</source>
        <translation>Your wallboard layout could not be saved</translation>
    </message>
    <message>
        <source>Wallboard layout saved.</source>
        <translation>Wallboard layout saved.</translation>
    </message>
    <message>
        <source>The skills could not be loaded</source>
        <translation>The skills could not be loaded</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agent %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent(s) shown</source>
        <translation>
            <numerusform>%Ln agent shown</numerusform>
            <numerusform>%Ln agents shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 could not be set to %2</source>
        <translation>%1 could not be set to %2</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 is %2 now.</translation>
    </message>
    <message>
        <source>Could not leave the call of %1</source>
        <translation>Could not leave the call of %1</translation>
    </message>
    <message>
        <source>Could not join the call of %1</source>
        <translation>Could not join the call of %1</translation>
    </message>
    <message>
        <source>You left the call of %1.</source>
        <translation>You left the call of %1.</translation>
    </message>
    <message>
        <source>You are listening to the call of %1.</source>
        <translation>You are listening to the call of %1.</translation>
    </message>
    <message>
        <source>You are whispering to %1; the customer does not hear you.</source>
        <translation>You are whispering to %1; the customer does not hear you.</translation>
    </message>
    <message>
        <source>You joined the call of %1.</source>
        <translation>You joined the call of %1.</translation>
    </message>
    <message>
        <source>The message to %1 could not be sent</source>
        <translation>The message to %1 could not be sent</translation>
    </message>
    <message>
        <source>Message sent to %1.</source>
        <translation>Message sent to %1.</translation>
    </message>
    <message>
        <source>The skills of %1 are saved; routing uses them now.</source>
        <translation>The skills of %1 are saved; routing uses them now.</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Message to %1</translation>
    </message>
    <message>
        <source>The message appears in the agent&apos;s help chat:</source>
        <translation>The message appears in the agent&apos;s help chat:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Customize…</source>
        <translation>&amp;Customize…</translation>
    </message>
    <message>
        <source>Choose the tiles, their targets and the queues of the charts</source>
        <translation>Choose the tiles, their targets and the queues of the charts</translation>
    </message>
    <message>
        <source>TV &amp;Layout…</source>
        <translation>TV &amp;Layout…</translation>
    </message>
    <message>
        <source>Choose what the TV on the wall shows</source>
        <translation>Choose what the TV on the wall shows</translation>
    </message>
    <message>
        <source>&amp;TV Mode</source>
        <translation>&amp;TV Mode</translation>
    </message>
    <message>
        <source>The wallboard full screen for a TV (%1); Esc closes it</source>
        <translation>The wallboard full screen for a TV (%1); Esc closes it</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Change &amp;State</source>
        <translation>Change &amp;State</translation>
    </message>
    <message>
        <source>Set the selected agent Ready, Not Ready or signed out</source>
        <translation>Set the selected agent Ready, Not Ready or signed out</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;Ready</translation>
    </message>
    <message>
        <source>&amp;Not Ready</source>
        <translation>&amp;Not Ready</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>S&amp;kills…</source>
        <translation>S&amp;kills…</translation>
    </message>
    <message>
        <source>Give or take skills; routing uses them at once</source>
        <translation>Give or take skills; routing uses them at once</translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation>&amp;Message…</translation>
    </message>
    <message>
        <source>Send the agent a message in their help chat</source>
        <translation>Send the agent a message in their help chat</translation>
    </message>
    <message>
        <source>M&amp;onitor</source>
        <translation>M&amp;onitor</translation>
    </message>
    <message>
        <source>Listen to the call; neither party hears you</source>
        <translation>Listen to the call; neither party hears you</translation>
    </message>
    <message>
        <source>&amp;Whisper</source>
        <translation>&amp;Whisper</translation>
    </message>
    <message>
        <source>Talk to the agent; the customer does not hear you</source>
        <translation>Talk to the agent; the customer does not hear you</translation>
    </message>
    <message>
        <source>&amp;Barge In</source>
        <translation>&amp;Barge In</translation>
    </message>
    <message>
        <source>Join the call; both hear you</source>
        <translation>Join the call; both hear you</translation>
    </message>
    <message>
        <source>&amp;Leave Call</source>
        <translation>&amp;Leave Call</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Double-click a figure (or press Enter) for the contacts behind it.</source>
        <translation>Double-click a figure (or press Enter) for the contacts behind it.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>S&amp;kill:</source>
        <translation>S&amp;kill:</translation>
    </message>
    <message>
        <source>St&amp;ate:</source>
        <translation>St&amp;ate:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>All skills</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Agent State T&amp;hresholds…</source>
        <translation>Agent State T&amp;hresholds…</translation>
    </message>
    <message>
        <source>Choose how long agents may stay Not Ready, in after-call work or busy before the time turns amber</source>
        <translation>Choose how long agents may stay Not Ready, in after-call work or busy before the time turns amber</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WaveformWidget</name>
    <message>
        <source>No audio open</source>
        <translation>No audio open</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click to play from %1; drag to select a stretch</source>
        <translation>Click to play from %1; drag to select a stretch</translation>
    </message>
</context>
<context>
    <name>ContactDesk::WrapUpPanel</name>
    <message>
        <source>The work item goes to the customer&apos;s open work and to the queue.</source>
        <translation>The work item goes to the customer&apos;s open work and to the queue.</translation>
    </message>
    <message>
        <source>Link or create the customer first to add a follow-up.</source>
        <translation>Link or create the customer first to add a follow-up.</translation>
    </message>
    <message>
        <source>Choose a disposition…</source>
        <translation>Choose a disposition…</translation>
    </message>
    <message>
        <source>There is no contact to wrap up.</source>
        <translation>There is no contact to wrap up.</translation>
    </message>
    <message>
        <source>Choose a disposition first.</source>
        <translation>Choose a disposition first.</translation>
    </message>
    <message>
        <source>Give the follow-up a title, or untick it.</source>
        <translation>Give the follow-up a title, or untick it.</translation>
    </message>
    <message>
        <source>The follow-up cannot be due in the past.</source>
        <translation>The follow-up cannot be due in the past.</translation>
    </message>
    <message>
        <source>After-call work %1</source>
        <translation>After-call work %1</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>&amp;Disposition:</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Wrap-up notes</translation>
    </message>
    <message>
        <source>What was it about, what was agreed?</source>
        <translation>What was it about, what was agreed?</translation>
    </message>
    <message>
        <source>&amp;Resolved on first contact</source>
        <translation>&amp;Resolved on first contact</translation>
    </message>
    <message>
        <source>Create a follow-&amp;up work item</source>
        <translation>Create a follow-&amp;up work item</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Follow-up title</source>
        <translation>Follow-up title</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
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
    <message>
        <source>The contact centre could not start</source>
        <translation>The contact centre could not start</translation>
    </message>
    <message>
        <source>The simulated traffic could not start</source>
        <translation>The simulated traffic could not start</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the keychain</source>
        <translation>The sign-in could not be kept in the keychain</translation>
    </message>
    <message>
        <source>The demo coaching data could not be created</source>
        <translation>The demo coaching data could not be created</translation>
    </message>
</context>
</TS>
