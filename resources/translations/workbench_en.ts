<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ColumnWidget</name>
    <message numerus="yes">
        <source>%Ln open deal(s) match the filter.</source>
        <translation>
            <numerusform>%Ln open deal matches the filter.</numerusform>
            <numerusform>%Ln open deals match the filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <source>%1 deal(s)</source>
        <translation>
            <numerusform>%1 deal</numerusform>
            <numerusform>%1 deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 activity(ies)</source>
        <translation>
            <numerusform>%1 activity</numerusform>
            <numerusform>%1 activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 task(s)</source>
        <translation>
            <numerusform>%1 task</numerusform>
            <numerusform>%1 tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 lead</numerusform>
            <numerusform>%1 leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 offer(s)</source>
        <translation>
            <numerusform>%1 offer</numerusform>
            <numerusform>%1 offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 customer</numerusform>
            <numerusform>%1 customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %1</source>
        <translation>
            <numerusform>showing the first %1</numerusform>
            <numerusform>showing the first %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsArea</name>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message numerus="yes">
        <source>Remove %n line(s)</source>
        <translation>
            <numerusform>Remove line</numerusform>
            <numerusform>Remove %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to list the %n record(s) behind this figure</source>
        <translation>
            <numerusform>Double-click to list the record behind this figure</numerusform>
            <numerusform>Double-click to list the %n records behind this figure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message numerus="yes">
        <source>%n call task(s) created.</source>
        <translation>
            <numerusform>%n call task created.</numerusform>
            <numerusform>%n call tasks created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n backup in %1</numerusform>
            <numerusform>%n backups in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%1 record(s) no longer shared with you left this laptop.</source>
        <translation>
            <numerusform>%1 record no longer shared with you left this laptop.</numerusform>
            <numerusform>%1 records no longer shared with you left this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) refused by the team&apos;s server (File &gt; Team sync &gt; Refused changes).</source>
        <translation>
            <numerusform>%1 change refused by the team&apos;s server (File &gt; Team sync &gt; Refused changes).</numerusform>
            <numerusform>%1 changes refused by the team&apos;s server (File &gt; Team sync &gt; Refused changes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 change(s) will be sent when you&apos;re back online</source>
        <translation>
            <numerusform>Offline: %1 change will be sent when you&apos;re back online</numerusform>
            <numerusform>Offline: %1 changes will be sent when you&apos;re back online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 waiting</source>
        <translation>
            <numerusform>%1 waiting</numerusform>
            <numerusform>%1 waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <source>Merged: %1 record(s) now point at the one you kept.</source>
        <translation>
            <numerusform>Merged: %1 record now points at the one you kept.</numerusform>
            <numerusform>Merged: %1 records now point at the one you kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2”: %3 copies</source>
        <translation>
            <numerusform>%1 “%2”: %3 copy</numerusform>
            <numerusform>%1 “%2”: %3 copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 deal(s)</source>
        <translation>
            <numerusform>%1 deal</numerusform>
            <numerusform>%1 deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 account(s)</source>
        <translation>
            <numerusform>%1 account</numerusform>
            <numerusform>%1 accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 contact(s)</source>
        <translation>
            <numerusform>%1 contact</numerusform>
            <numerusform>%1 contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lead(s)</source>
        <translation>
            <numerusform>%1 lead</numerusform>
            <numerusform>%1 leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 call(s) and meeting(s)</source>
        <translation>
            <numerusform>%1 call or meeting</numerusform>
            <numerusform>%1 calls and meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 task(s)</source>
        <translation>
            <numerusform>%1 task</numerusform>
            <numerusform>%1 tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 offer(s)</source>
        <translation>
            <numerusform>%1 offer</numerusform>
            <numerusform>%1 offers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%1 conflict(s)</source>
        <translation>
            <numerusform>%1 conflict</numerusform>
            <numerusform>%1 conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate customer(s)</source>
        <translation>
            <numerusform>%1 duplicate customer</numerusform>
            <numerusform>%1 duplicate customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message numerus="yes">
        <source>%n quota(s) saved.</source>
        <translation>
            <numerusform>%n quota saved.</numerusform>
            <numerusform>%n quotas saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayArea</name>
    <message numerus="yes">
        <source>%n meeting(s) exported to %1</source>
        <translation>
            <numerusform>%n meeting exported to %1</numerusform>
            <numerusform>%n meetings exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n item due</numerusform>
            <numerusform>%n items due</numerusform>
        </translation>
    </message>
</context>
</TS>
