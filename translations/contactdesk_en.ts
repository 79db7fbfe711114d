<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
</TS>
