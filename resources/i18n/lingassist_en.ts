<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlwaysRulePrompt</name>
    <message numerus="yes">
        <source>This changes %n past transaction(s):</source>
        <translation>
            <numerusform>This changes %n past transaction:</numerusform>
            <numerusform>This changes %n past transactions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategorySummary</name>
    <message numerus="yes">
        <source>spent in %Ln categories</source>
        <translation>
            <numerusform>spent in %Ln category</numerusform>
            <numerusform>spent in %Ln categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%Ln over</source>
        <translation>
            <numerusform>%Ln over</numerusform>
            <numerusform>%Ln over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase(s)</source>
        <translation>
            <numerusform>%Ln purchase</numerusform>
            <numerusform>%Ln purchases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Importing %Ln transaction(s) (after a backup)</source>
        <translation>
            <numerusform>Importing %Ln transaction (after a backup)</numerusform>
            <numerusform>Importing %Ln transactions (after a backup)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln transaction(s)</source>
        <translation>
            <numerusform>Import %Ln transaction</numerusform>
            <numerusform>Import %Ln transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%Ln line(s) already in the ledger</source>
        <translation>
            <numerusform>%Ln line already in the ledger</numerusform>
            <numerusform>%Ln lines already in the ledger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new transaction(s) into {account} (a new account)</source>
        <translation>
            <numerusform>Imported %Ln new transaction into {account} (a new account)</numerusform>
            <numerusform>Imported %Ln new transactions into {account} (a new account)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new transaction(s) into {account}</source>
        <translation>
            <numerusform>Imported %Ln new transaction into {account}</numerusform>
            <numerusform>Imported %Ln new transactions into {account}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %Ln bank line(s) into entries you captured</source>
        <translation>
            <numerusform>merged %Ln bank line into entries you captured</numerusform>
            <numerusform>merged %Ln bank lines into entries you captured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln already in the ledger</source>
        <translation>
            <numerusform>skipped %Ln already in the ledger</numerusform>
            <numerusform>skipped %Ln already in the ledger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected</source>
        <translation>
            <numerusform>%Ln line rejected</numerusform>
            <numerusform>%Ln lines rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTableModel</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n day apart</numerusform>
            <numerusform>%n days apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message numerus="yes">
        <source>(+%Ln more characters)</source>
        <translation>
            <numerusform>(+%Ln more character)</numerusform>
            <numerusform>(+%Ln more characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln characters</source>
        <translation>
            <numerusform>Show the %Ln character</numerusform>
            <numerusform>Show all %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiptCard</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message numerus="yes">
        <source>Saved rule &apos;{name}&apos;; moved %n past transaction(s).</source>
        <translation>
            <numerusform>Saved rule &apos;{name}&apos;; moved %n past transaction.</numerusform>
            <numerusform>Saved rule &apos;{name}&apos;; moved %n past transactions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would change %n past transaction(s).</source>
        <translation>
            <numerusform>Would change %n past transaction.</numerusform>
            <numerusform>Would change %n past transactions.</numerusform>
        </translation>
    </message>
</context>
</TS>
