<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BrokersPage</name>
    <message numerus="yes">
        <source>Now %1 %, average %2 %, peak %3 %, from %n samples.</source>
        <comment>CPU load over the last hour</comment>
        <translation>
            <numerusform>Now %1 %, average %2 %, peak %3 %, from %n sample.</numerusform>
            <numerusform>Now %1 %, average %2 %, peak %3 %, from %n samples.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message numerus="yes">
        <source>Commit %Ln staged change to the farm.</source>
        <comment>tooltip</comment>
        <translation>
            <numerusform>Commit %Ln staged change to the farm.</numerusform>
            <numerusform>Commit %Ln staged changes to the farm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message numerus="yes">
        <source>Status refresh failed %n times in a row, so it now waits %1 seconds between tries.</source>
        <translation>
            <numerusform>Status refresh failed %n time in a row, so it now waits %1 seconds between tries.</numerusform>
            <numerusform>Status refresh failed %n times in a row, so it now waits %1 seconds between tries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes not applied</source>
        <translation>
            <numerusform>%Ln change not applied</numerusform>
            <numerusform>%Ln changes not applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 servers need attention</source>
        <translation>
            <numerusform>%Ln of %1 servers needs attention</numerusform>
            <numerusform>%Ln of %1 servers need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln servers are fine</source>
        <translation>
            <numerusform>The %Ln server is fine</numerusform>
            <numerusform>All %Ln servers are fine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FarmChanges</name>
    <message numerus="yes">
        <source>Connection Brokers changed on the server: %Ln.</source>
        <comment>found by the configuration refresh</comment>
        <translation>
            <numerusform>Connection Brokers changed on the server: %Ln.</numerusform>
            <numerusform>Connection Brokers changed on the server: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secure Gateways changed on the server: %Ln.</source>
        <comment>found by the configuration refresh</comment>
        <translation>
            <numerusform>Secure Gateways changed on the server: %Ln.</numerusform>
            <numerusform>Secure Gateways changed on the server: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client policies changed on the server: %Ln.</source>
        <comment>found by the configuration refresh</comment>
        <translation>
            <numerusform>Client policies changed on the server: %Ln.</numerusform>
            <numerusform>Client policies changed on the server: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayModel</name>
    <message numerus="yes">
        <source>%n months</source>
        <comment>HSTS max age</comment>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Every %n seconds</source>
        <comment>status refresh interval</comment>
        <translation>
            <numerusform>Every %n second</numerusform>
            <numerusform>Every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <comment>status refresh interval</comment>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes made in this session have not been applied to the farm.</source>
        <translation>
            <numerusform>%Ln change made in this session has not been applied to the farm.</numerusform>
            <numerusform>%Ln changes made in this session have not been applied to the farm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message numerus="yes">
        <source>%1 — %Ln problems</source>
        <comment>kind of server — servers that need attention</comment>
        <translation>
            <numerusform>%1 — %Ln problem</numerusform>
            <numerusform>%1 — %Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemNotice</name>
    <message numerus="yes">
        <source>%Ln Connection Brokers started to need attention.</source>
        <translation>
            <numerusform>%Ln Connection Broker started to need attention.</numerusform>
            <numerusform>%Ln Connection Brokers started to need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Connection Brokers are fine again.</source>
        <translation>
            <numerusform>%Ln Connection Broker is fine again.</numerusform>
            <numerusform>%Ln Connection Brokers are fine again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Secure Gateways started to need attention.</source>
        <translation>
            <numerusform>%Ln Secure Gateway started to need attention.</numerusform>
            <numerusform>%Ln Secure Gateways started to need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Secure Gateways are fine again.</source>
        <translation>
            <numerusform>%Ln Secure Gateway is fine again.</numerusform>
            <numerusform>%Ln Secure Gateways are fine again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RasError</name>
    <message numerus="yes">
        <source>%1… (cut: the message has %n characters)</source>
        <translation>
            <numerusform>%1… (cut: the message has %n character)</numerusform>
            <numerusform>%1… (cut: the message has %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusFormat</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>how long ago the status was fetched</comment>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>how long ago the status was fetched</comment>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>how long ago the status was fetched</comment>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
</TS>
