<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
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
</TS>
