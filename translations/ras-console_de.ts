<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BrokerAddDialog</name>
    <message>
        <source>Add Connection Broker</source>
        <translation>Connection Broker hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Server (FQDN or IP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ras-cb04.corp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the RAS Connection Broker agent on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install as &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use your RAS administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart the server if the installation needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;firewall rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new broker reports &quot;Not applied&quot; until you apply settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of the install account, or leave the user empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokerModel</name>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>The Site&apos;s primary Connection Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary broker; lower numbers take over first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary broker is always enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Alternative IPs</source>
        <translation>Alternative IPs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Agent-Version</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Disk read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Disk write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Boot time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Order in which brokers take over; the primary is first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN or IP of the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent state reported by the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site the broker belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the broker is enabled in the Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standby broker takes no agents until another broker goes offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address brokers use to share data in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses gateways use when the server name fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAS agent version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server last started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed the broker last, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this status was fetched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokerPropertiesDialog</name>
    <message>
        <source>Connection Broker properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable server in Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standby (takes no agents until another broker goes offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address brokers use to share data in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternative IPs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate addresses with ; or ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses gateways use when the server name fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Connection Broker properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary broker is always enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrokerService</name>
    <message>
        <source>Enter the server&apos;s FQDN or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name may have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name must not contain spaces or slashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FarmController</name>
    <message>
        <source>Part of the farm could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a secondary connection to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a secondary connection from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings applied.</source>
        <translation>Einstellungen übernommen.</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoted to primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>GatewayAddDialog</name>
    <message>
        <source>Add Secure Gateway</source>
        <translation>Secure Gateway hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Server (FQDN or IP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ras-gw05.corp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway starts with the default settings; change them in its properties. It reports &quot;Not applied&quot; until you apply settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayField</name>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2 (or its number), not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (SSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IPs</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Webportal</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Agent-Version</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>FQDN or IP of the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent state reported by the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site the gateway belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the gateway accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal, or forwarding to another gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPs offered for client connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway, SSL and RDP ports that are enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest TLS version accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Strict Transport Security max age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML5 User Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAS agent version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this status was fetched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayPropertiesDialog</name>
    <message>
        <source>Secure Gateway properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Secure Gateway properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSTS needs SSL: enable SSL on the SSL/TLS tab, or switch HSTS off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogonDialog</name>
    <message>
        <source>Log on to a RAS farm</source>
        <translation>An einer RAS-Farm anmelden</translation>
    </message>
    <message>
        <source>Connect to the RAS Web Administration Service (HTTPS, port 20443 unless you give another).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Host name, host:port or URL of the RAS Web Administration Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>DOMAIN\administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Logging on…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RAS Console (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended and logging on again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeitet…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Secondary &amp;connections…</source>
        <translation>Sekundäre &amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Apply Settings</source>
        <translation>Einstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Promote to primary</source>
        <translation>Zum &amp;Primären machen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Export table to CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Status refresh: </source>
        <translation> Statusaktualisierung: </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often broker and gateway status is refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Copied; set RAS_TOKEN in the shell before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Connection Brokers</source>
        <translation>Alle Connection Broker</translation>
    </message>
    <message>
        <source>All Secure Gateways</source>
        <translation>Alle Secure Gateways</translation>
    </message>
    <message>
        <source>%1 (licensing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Brokers</source>
        <translation>Connection Broker</translation>
    </message>
    <message>
        <source>Secure Gateways</source>
        <translation>Secure Gateways</translation>
    </message>
    <message>
        <source>Client Policies</source>
        <translation>Client-Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Apply Settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Commit %n staged change(s) to the farm</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Commit staged changes to the farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Select a row to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>0 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Alternative IPs</source>
        <translation>Alternative IPs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Agent-Version</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Boot time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>CPU, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>now %1 %, average %2 %, peak %3 % (%n sample(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IPs</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Secondary connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to primary</source>
        <translation>Zum Primären machen</translation>
    </message>
    <message>
        <source>Make %1 the primary Connection Broker of its Site?

The current primary becomes a secondary broker. The server ends this console&apos;s session; the console logs on again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1? The change is staged until Apply Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Nicht übernommene Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made in this session have not been applied to the farm. Quit anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingChangesModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyChanges</name>
    <message>
        <source>Enter a name for the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Client policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Client policy properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add client policy</source>
        <translation>Client-Richtlinie hinzufügen</translation>
    </message>
</context>
<context>
    <name>PolicyModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secondary connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Secondary connections</source>
        <translation>Sekundäre Verbindungen</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Policies are evaluated top to bottom; the first that matches applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the policy is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections the client tries when the primary connection fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed the policy last, and when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Log-on failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ras</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Enumerating sessions failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS role disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many incomplete sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Sysprep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sysprep in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain until restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logons disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RASprep in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing RDS role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Cloning in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Unsupported VDI type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free ESX licence not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed ESX not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid host version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No available gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment server not initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid CA configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid enrollment agent credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid enrollment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSLogix not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image optimisation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image optimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a RAS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSLogix needs update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members need update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance counters failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending recreation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining host pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-upgrade in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-upgrade initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-upgrade limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-upgrade failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>Update erforderlich</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>RD Session Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>VDI host pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALB device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVD workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVD host pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVD template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVD host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VDI template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVD template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS template version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDS template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VDI template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VDI host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallels Client, HTML5 fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallels Client only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML5 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow all except listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow only listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RasClient</name>
    <message>
        <source>No server has been chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one trusted for it (SHA-256 %1). The connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log-on answer carries no authToken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RasError</name>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTablePage</name>
    <message>
        <source>Only problems</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Strg+F)</translation>
    </message>
    <message>
        <source>Show only servers whose state needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>SecondaryConnection</name>
    <message>
        <source>Choose a connection mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name may have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondaryConnectionModel</name>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondaryConnectionsDialog</name>
    <message>
        <source>Secondary connections</source>
        <translation>Sekundäre Verbindungen</translation>
    </message>
    <message>
        <source>Clients try these connections in order when the primary connection fails. Changes are sent at once and staged until you apply settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>%1 - Secondary connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// and http:// addresses are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server only, without a path (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Licensing Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Lizenzierung</translation>
    </message>
</context>
<context>
    <name>StatusFormat</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent state: %1 (%2)
Agent version: %3
OS: %4
Boot time: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
