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
        <translation>&amp;Server (FQDN oder IP):</translation>
    </message>
    <message>
        <source>ras-cb04.corp.example.com</source>
        <translation>ras-cb04.corp.example.com</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>Install the RAS Connection Broker agent on the server</source>
        <translation>RAS Connection Broker-Agent auf dem Server installieren</translation>
    </message>
    <message>
        <source>Install as &amp;user:</source>
        <translation>Installieren als &amp;Benutzer:</translation>
    </message>
    <message>
        <source>Leave empty to use your RAS administrator account</source>
        <translation>Leer lassen, um Ihr RAS-Administratorkonto zu verwenden</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Restart the server if the installation needs it</source>
        <translation>Server bei Bedarf neu &amp;starten</translation>
    </message>
    <message>
        <source>Add &amp;firewall rules</source>
        <translation>&amp;Firewall-Regeln hinzufügen</translation>
    </message>
    <message>
        <source>The new broker reports &quot;Not applied&quot; until you apply settings.</source>
        <translation>Der neue Connection Broker meldet „Nicht übernommen“, bis Sie die Einstellungen übernehmen.</translation>
    </message>
    <message>
        <source>Enter the password of the install account, or leave the user empty.</source>
        <translation>Geben Sie das Kennwort des Installationskontos ein oder lassen Sie den Benutzer leer.</translation>
    </message>
</context>
<context>
    <name>BrokerModel</name>
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
        <translation>Primärer Connection Broker der Site</translation>
    </message>
    <message>
        <source>Secondary broker; lower numbers take over first</source>
        <translation>Sekundärer Connection Broker; niedrigere Nummern übernehmen zuerst</translation>
    </message>
    <message>
        <source>The primary broker is always enabled</source>
        <translation>Der primäre Connection Broker ist immer aktiviert</translation>
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
        <translation>Arbeitsspeicher</translation>
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
        <translation>Datenträger lesen</translation>
    </message>
    <message>
        <source>Disk write</source>
        <translation>Datenträger schreiben</translation>
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
        <translation>Reihenfolge, in der Connection Broker übernehmen; der primäre zuerst</translation>
    </message>
    <message>
        <source>FQDN or IP of the broker</source>
        <translation>FQDN oder IP des Connection Brokers</translation>
    </message>
    <message>
        <source>Agent state reported by the broker</source>
        <translation>Vom Connection Broker gemeldeter Agent-Status</translation>
    </message>
    <message>
        <source>CPU load</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>Memory load</source>
        <translation>Speicherauslastung</translation>
    </message>
    <message>
        <source>Site the broker belongs to</source>
        <translation>Site, zu der der Connection Broker gehört</translation>
    </message>
    <message>
        <source>Whether the broker is enabled in the Site</source>
        <translation>Ob der Connection Broker in der Site aktiviert ist</translation>
    </message>
    <message>
        <source>A standby broker takes no agents until another broker goes offline</source>
        <translation>Ein Connection Broker im Standby nimmt keine Agents an, bis ein anderer offline geht</translation>
    </message>
    <message>
        <source>Address brokers use to share data in real time</source>
        <translation>Adresse, über die Connection Broker Daten in Echtzeit austauschen</translation>
    </message>
    <message>
        <source>Addresses gateways use when the server name fails</source>
        <translation>Adressen, die Gateways verwenden, wenn der Servername nicht funktioniert</translation>
    </message>
    <message>
        <source>RAS agent version</source>
        <translation>Version des RAS-Agents</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Disk reads</source>
        <translation>Lesevorgänge auf dem Datenträger</translation>
    </message>
    <message>
        <source>Disk writes</source>
        <translation>Schreibvorgänge auf dem Datenträger</translation>
    </message>
    <message>
        <source>When the server last started</source>
        <translation>Wann der Server zuletzt gestartet wurde</translation>
    </message>
    <message>
        <source>Who changed the broker last, and when</source>
        <translation>Wer den Connection Broker zuletzt geändert hat, und wann</translation>
    </message>
    <message>
        <source>When this status was fetched</source>
        <translation>Wann dieser Status abgerufen wurde</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>when, by which administrator</comment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>BrokerPropertiesDialog</name>
    <message>
        <source>Connection Broker properties</source>
        <translation>Connection Broker-Eigenschaften</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>&amp;Enable server in Site</source>
        <translation>Server in Site &amp;aktivieren</translation>
    </message>
    <message>
        <source>&amp;Standby (takes no agents until another broker goes offline)</source>
        <translation>&amp;Standby (nimmt keine Agents an, bis ein anderer Connection Broker offline geht)</translation>
    </message>
    <message>
        <source>&amp;IP:</source>
        <translation>&amp;IP:</translation>
    </message>
    <message>
        <source>Address brokers use to share data in real time</source>
        <translation>Adresse, über die Connection Broker Daten in Echtzeit austauschen</translation>
    </message>
    <message>
        <source>&amp;Alternative IPs:</source>
        <translation>&amp;Alternative IPs:</translation>
    </message>
    <message>
        <source>Separate addresses with ; or ,</source>
        <translation>Adressen mit ; oder , trennen</translation>
    </message>
    <message>
        <source>Addresses gateways use when the server name fails</source>
        <translation>Adressen, die Gateways verwenden, wenn der Servername nicht funktioniert</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Zuletzt geändert:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 - Connection Broker properties</source>
        <translation>%1 – Connection Broker-Eigenschaften</translation>
    </message>
    <message>
        <source>0 (primary)</source>
        <translation>0 (primär)</translation>
    </message>
    <message>
        <source>The primary broker is always enabled</source>
        <translation>Der primäre Connection Broker ist immer aktiviert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Auf&amp;lösen</translation>
    </message>
    <message>
        <source>Look up the server&apos;s address in DNS</source>
        <translation>Die Adresse des Servers im DNS nachschlagen</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>Age&amp;nt</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Agent version:</source>
        <translation>Agent-Version:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>Last boot:</source>
        <translation>Letzter Start:</translation>
    </message>
    <message>
        <source>Service started:</source>
        <translation>Dienst gestartet:</translation>
    </message>
    <message>
        <source>Log level:</source>
        <translation>Protokollstufe:</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Wird aufgelöst…</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation>%1 konnte nicht aufgelöst werden: %2</translation>
    </message>
</context>
<context>
    <name>BrokerService</name>
    <message>
        <source>Enter the server&apos;s FQDN or IP address.</source>
        <translation>Geben Sie den FQDN oder die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The server name may have at most 255 characters.</source>
        <translation>Der Servername darf höchstens 255 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The server name must not contain spaces or slashes.</source>
        <translation>Der Servername darf keine Leerzeichen oder Schrägstriche enthalten.</translation>
    </message>
</context>
<context>
    <name>BrokersPage</name>
    <message>
        <source>Connection Brokers</source>
        <translation>Connection Broker</translation>
    </message>
    <message>
        <source>All Connection Brokers</source>
        <translation>Alle Connection Broker</translation>
    </message>
    <message>
        <source>Delete Connection Broker</source>
        <translation>Connection Broker löschen</translation>
    </message>
    <message>
        <source>Promote to primary</source>
        <translation>Auf primär hochstufen</translation>
    </message>
    <message>
        <source>Make %1 the primary Connection Broker of its Site?

The current primary becomes a secondary broker. The server ends this console&apos;s session; the console logs on again by itself.</source>
        <translation>%1 zum primären Connection Broker seiner Site hochstufen?

Der bisherige primäre wird zu einem sekundären Connection Broker. Der Server beendet die Sitzung dieser Konsole; die Konsole meldet sich selbstständig wieder an.</translation>
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
        <translation>0 (primär)</translation>
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
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>creation time by administrator</comment>
        <translation>%1 von %2</translation>
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
        <translation>CPU, letzte Stunde</translation>
    </message>
    <message numerus="yes">
        <source>Now %1 %, average %2 %, peak %3 %, from %n samples.</source>
        <comment>CPU load over the last hour</comment>
        <translation>
            <numerusform>Aktuell %1 %, Durchschnitt %2 %, Spitze %3 %, aus %n Messwert.</numerusform>
            <numerusform>Aktuell %1 %, Durchschnitt %2 %, Spitze %3 %, aus %n Messwerten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your administrator rights do not allow adding Connection Brokers here.</source>
        <translation>Ihre Administratorrechte erlauben es nicht, hier Connection Broker hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow deleting this Connection Broker.</source>
        <translation>Ihre Administratorrechte erlauben es nicht, diesen Connection Broker zu löschen.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow changing this Connection Broker.</source>
        <translation>Ihre Administratorrechte erlauben es nicht, diesen Connection Broker zu ändern.</translation>
    </message>
    <message>
        <source>Delete %1 from the Site? The RAS agent can be uninstalled from the server as well, or kept installed. The change is staged until Apply Settings.</source>
        <translation>%1 aus der Site löschen? Der RAS-Agent kann dabei auch vom Server deinstalliert oder installiert gelassen werden. Die Änderung wird erst mit „Einstellungen übernehmen“ wirksam.</translation>
    </message>
    <message>
        <source>Delete and uninstall agent</source>
        <translation>Löschen und Agent deinstallieren</translation>
    </message>
    <message>
        <source>Delete, keep agent</source>
        <translation>Löschen, Agent behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
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
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Promote to primary</source>
        <translation>Auf &amp;primär hochstufen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Apply Settings</source>
        <translation>Einstellungen ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Export table to CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>&amp;Apply Settings (%1)</source>
        <translation>Einstellungen ü&amp;bernehmen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Commit %Ln staged change to the farm.</source>
        <comment>tooltip</comment>
        <translation>
            <numerusform>%Ln vorgemerkte Änderung in der Serverfarm übernehmen.</numerusform>
            <numerusform>%Ln vorgemerkte Änderungen in der Serverfarm übernehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commit staged changes to the farm.</source>
        <translation>Vorgemerkte Änderungen in der Serverfarm übernehmen.</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>server as administrator</comment>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>%1 as %2 — %3</source>
        <comment>server as administrator — kind of administrator</comment>
        <translation>%1 als %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes not applied</source>
        <translation>
            <numerusform>%Ln Änderung nicht übernommen</numerusform>
            <numerusform>%Ln Änderungen nicht übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>Keine offenen Änderungen</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Unencrypted (HTTP)</source>
        <translation>Unverschlüsselt (HTTP)</translation>
    </message>
    <message>
        <source>This session uses plain HTTP: the password and all farm data cross the network unencrypted.</source>
        <translation>Diese Sitzung verwendet unverschlüsseltes HTTP: Das Kennwort und alle Daten der Serverfarm werden unverschlüsselt über das Netzwerk übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>Status refresh failed %n times in a row, so it now waits %1 seconds between tries.</source>
        <translation>
            <numerusform>Die Statusaktualisierung ist %n Mal nacheinander fehlgeschlagen, daher wartet sie jetzt %1 Sekunden zwischen den Versuchen.</numerusform>
            <numerusform>Die Statusaktualisierung ist %n Mal nacheinander fehlgeschlagen, daher wartet sie jetzt %1 Sekunden zwischen den Versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status refresh failed; the tables show the last good data.</source>
        <translation>Die Statusaktualisierung ist fehlgeschlagen; die Tabellen zeigen die letzten gültigen Daten.</translation>
    </message>
    <message>
        <source>1 of %1 servers needs attention</source>
        <translation>1 von %1 Servern erfordert Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 servers need attention</source>
        <translation>
            <numerusform>%Ln von %1 Servern erfordert Aufmerksamkeit</numerusform>
            <numerusform>%Ln von %1 Servern erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is fine</source>
        <translation>Der Server ist in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln servers are fine</source>
        <translation>
            <numerusform>Der %Ln Server ist in Ordnung</numerusform>
            <numerusform>Alle %Ln Server sind in Ordnung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FarmChanges</name>
    <message numerus="yes">
        <source>Connection Brokers changed on the server: %Ln.</source>
        <comment>found by the configuration refresh</comment>
        <translation>
            <numerusform>Auf dem Server geänderte Connection Broker: %Ln.</numerusform>
            <numerusform>Auf dem Server geänderte Connection Broker: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secure Gateways changed on the server: %Ln.</source>
        <comment>found by the configuration refresh</comment>
        <translation>
            <numerusform>Auf dem Server geänderte Secure Gateways: %Ln.</numerusform>
            <numerusform>Auf dem Server geänderte Secure Gateways: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client policies changed on the server: %Ln.</source>
        <comment>found by the configuration refresh</comment>
        <translation>
            <numerusform>Auf dem Server geänderte Client-Richtlinien: %Ln.</numerusform>
            <numerusform>Auf dem Server geänderte Client-Richtlinien: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration refresh at %1 found changes made outside this console.</source>
        <translation>Die Aktualisierung der Konfiguration um %1 hat Änderungen gefunden, die außerhalb dieser Konsole vorgenommen wurden.</translation>
    </message>
    <message>
        <source>Connection Brokers: %1 added, %2 changed, %3 removed.</source>
        <translation>Connection Broker: %1 hinzugefügt, %2 geändert, %3 entfernt.</translation>
    </message>
    <message>
        <source>Secure Gateways: %1 added, %2 changed, %3 removed.</source>
        <translation>Secure Gateways: %1 hinzugefügt, %2 geändert, %3 entfernt.</translation>
    </message>
    <message>
        <source>Client policies: %1 added, %2 changed, %3 removed.</source>
        <translation>Client-Richtlinien: %1 hinzugefügt, %2 geändert, %3 entfernt.</translation>
    </message>
</context>
<context>
    <name>FarmController</name>
    <message>
        <source>The console is read-only because the server did not say what you may change: %1</source>
        <translation>Die Konsole ist schreibgeschützt, weil der Server nicht mitgeteilt hat, was Sie ändern dürfen: %1</translation>
    </message>
    <message>
        <source>The console is read-only because you are logged on as a custom administrator who may only view.</source>
        <translation>Die Konsole ist schreibgeschützt, weil Sie als benutzerdefinierter Administrator angemeldet sind, der nur anzeigen darf.</translation>
    </message>
</context>
<context>
    <name>FarmOperation</name>
    <message>
        <source>Connection Broker %1 was added.</source>
        <translation>Connection Broker %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was deleted.</source>
        <translation>Connection Broker %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was moved up.</source>
        <translation>Connection Broker %1 wurde nach oben verschoben.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was moved down.</source>
        <translation>Connection Broker %1 wurde nach unten verschoben.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was promoted to primary.</source>
        <translation>Connection Broker %1 wurde auf primär hochgestuft.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was enabled.</source>
        <translation>Connection Broker %1 wurde aktiviert.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was disabled.</source>
        <translation>Connection Broker %1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was changed.</source>
        <translation>Connection Broker %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 was added.</source>
        <translation>Secure Gateway %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 was deleted.</source>
        <translation>Secure Gateway %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 was changed.</source>
        <translation>Secure Gateway %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Client policy %1 was added.</source>
        <translation>Client-Richtlinie %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Client policy %1 was deleted.</source>
        <translation>Client-Richtlinie %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Client policy %1 was moved up.</source>
        <translation>Client-Richtlinie %1 wurde nach oben verschoben.</translation>
    </message>
    <message>
        <source>Client policy %1 was moved down.</source>
        <translation>Client-Richtlinie %1 wurde nach unten verschoben.</translation>
    </message>
    <message>
        <source>A secondary connection was added to client policy %1.</source>
        <translation>Der Client-Richtlinie %1 wurde eine sekundäre Verbindung hinzugefügt.</translation>
    </message>
    <message>
        <source>A secondary connection was removed from client policy %1.</source>
        <translation>Aus der Client-Richtlinie %1 wurde eine sekundäre Verbindung entfernt.</translation>
    </message>
    <message>
        <source>Client policy %1 was changed.</source>
        <translation>Client-Richtlinie %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Settings applied.</source>
        <translation>Einstellungen übernommen.</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be added: %2</source>
        <translation>Connection Broker %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be deleted: %2</source>
        <translation>Connection Broker %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be moved up: %2</source>
        <translation>Connection Broker %1 konnte nicht nach oben verschoben werden: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be moved down: %2</source>
        <translation>Connection Broker %1 konnte nicht nach unten verschoben werden: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be promoted to primary: %2</source>
        <translation>Connection Broker %1 konnte nicht auf primär hochgestuft werden: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be enabled: %2</source>
        <translation>Connection Broker %1 konnte nicht aktiviert werden: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be disabled: %2</source>
        <translation>Connection Broker %1 konnte nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be changed: %2</source>
        <translation>Connection Broker %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Secure Gateway %1 could not be added: %2</source>
        <translation>Secure Gateway %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Secure Gateway %1 could not be deleted: %2</source>
        <translation>Secure Gateway %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Secure Gateway %1 could not be changed: %2</source>
        <translation>Secure Gateway %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be added: %2</source>
        <translation>Client-Richtlinie %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be deleted: %2</source>
        <translation>Client-Richtlinie %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be moved up: %2</source>
        <translation>Client-Richtlinie %1 konnte nicht nach oben verschoben werden: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be moved down: %2</source>
        <translation>Client-Richtlinie %1 konnte nicht nach unten verschoben werden: %2</translation>
    </message>
    <message>
        <source>A secondary connection could not be added to client policy %1: %2</source>
        <translation>Der Client-Richtlinie %1 konnte keine sekundäre Verbindung hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>A secondary connection could not be removed from client policy %1: %2</source>
        <translation>Aus der Client-Richtlinie %1 konnte keine sekundäre Verbindung entfernt werden: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be changed: %2</source>
        <translation>Client-Richtlinie %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>The settings could not be applied: %1</source>
        <translation>Die Einstellungen konnten nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>The answer to Apply Settings was lost, so whether the settings were applied is unknown: check the pending changes before applying again.</source>
        <translation>Die Antwort auf „Einstellungen übernehmen“ ging verloren, daher ist unbekannt, ob die Einstellungen übernommen wurden: Prüfen Sie die nicht übernommenen Änderungen, bevor Sie erneut übernehmen.</translation>
    </message>
    <message>
        <source>The answer was lost, but the list read again shows %1: it was added, so do not add it again.</source>
        <translation>Die Antwort ging verloren, aber die erneut gelesene Liste zeigt %1: Das Objekt wurde hinzugefügt, fügen Sie es also nicht noch einmal hinzu.</translation>
    </message>
    <message>
        <source>The answer was lost, and the list read again does not show %1: it was not added, so you can try again.</source>
        <translation>Die Antwort ging verloren, und die erneut gelesene Liste zeigt %1 nicht: Das Objekt wurde nicht hinzugefügt, Sie können es also erneut versuchen.</translation>
    </message>
    <message>
        <source>The answer was lost, but the list read again no longer shows %1: it was deleted.</source>
        <translation>Die Antwort ging verloren, aber die erneut gelesene Liste zeigt %1 nicht mehr: Das Objekt wurde gelöscht.</translation>
    </message>
    <message>
        <source>The answer was lost, and the list read again still shows %1: it was not deleted, so you can try again.</source>
        <translation>Die Antwort ging verloren, und die erneut gelesene Liste zeigt %1 weiterhin: Das Objekt wurde nicht gelöscht, Sie können es also erneut versuchen.</translation>
    </message>
    <message>
        <source>The answer was lost, so whether the change to %1 was made is unknown: check it before retrying.</source>
        <translation>Die Antwort ging verloren, daher ist unbekannt, ob die Änderung an %1 vorgenommen wurde: Prüfen Sie das Objekt, bevor Sie es erneut versuchen.</translation>
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
        <translation>&amp;Server (FQDN oder IP):</translation>
    </message>
    <message>
        <source>ras-gw05.corp.example.com</source>
        <translation>ras-gw05.corp.example.com</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>&amp;Weiterleiten an:</translation>
    </message>
    <message>
        <source>Enable &amp;HTML5 client (User Portal over SSL)</source>
        <translation>&amp;HTML5-Client aktivieren (Nutzerportal über SSL)</translation>
    </message>
    <message>
        <source>Install the RAS Secure Gateway on the server</source>
        <translation>RAS Secure Gateway auf dem Server installieren</translation>
    </message>
    <message>
        <source>Install as &amp;user:</source>
        <translation>Installieren als &amp;Benutzer:</translation>
    </message>
    <message>
        <source>Leave empty to use your RAS administrator account</source>
        <translation>Leer lassen, um Ihr RAS-Administratorkonto zu verwenden</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Restart the server if the installation needs it</source>
        <translation>Server bei Bedarf &amp;neu starten</translation>
    </message>
    <message>
        <source>Add &amp;firewall rules</source>
        <translation>&amp;Firewall-Regeln hinzufügen</translation>
    </message>
    <message>
        <source>Mode, forwarding and HTML5 are set right after the gateway is added; everything else starts with the default settings and can be changed in its properties. It reports &quot;Not applied&quot; until you apply settings.</source>
        <translation>Modus, Weiterleitung und HTML5 werden direkt nach dem Hinzufügen gesetzt; alles andere beginnt mit den Standardeinstellungen und lässt sich in den Eigenschaften ändern. Bis Sie die Einstellungen übernehmen, meldet das Gateway „Nicht übernommen“.</translation>
    </message>
    <message>
        <source>Applies only in forwarding mode.</source>
        <translation>Gilt nur im Weiterleitungsmodus.</translation>
    </message>
    <message>
        <source>A forwarding gateway needs another Secure Gateway in its Site to forward to; this Site has none yet. Add this one in normal mode.</source>
        <translation>Ein weiterleitendes Gateway braucht ein anderes Secure Gateway in seiner Site als Ziel; diese Site hat noch keines. Fügen Sie dieses im normalen Modus hinzu.</translation>
    </message>
    <message>
        <source>Tick the Secure Gateways this gateway forwards to.</source>
        <translation>Haken Sie die Secure Gateways an, an die dieses Gateway weiterleitet.</translation>
    </message>
    <message>
        <source>Enter the password of the install account, or leave the user empty.</source>
        <translation>Geben Sie das Kennwort des Installationskontos ein oder lassen Sie den Benutzer leer.</translation>
    </message>
</context>
<context>
    <name>GatewayField</name>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;.</source>
        <translation>%1 muss true oder false sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (or its number), not &apos;%3&apos;.</source>
        <translation>%1 muss einer der Werte %2 (oder seine Nummer) sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 characters long.</source>
        <translation>%1 muss %2 bis %3 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Forward to gateways</source>
        <translation>An Gateways weiterleiten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>IP-Version</translation>
    </message>
    <message>
        <source>IPs for client connections</source>
        <translation>IPs für Client-Verbindungen</translation>
    </message>
    <message>
        <source>Bind IPv4 addresses</source>
        <translation>Gebundene IPv4-Adressen</translation>
    </message>
    <message>
        <source>Bind IPv6 addresses</source>
        <translation>Gebundene IPv6-Adressen</translation>
    </message>
    <message>
        <source>Optimize connections (IPv4)</source>
        <translation>Verbindungen optimieren (IPv4)</translation>
    </message>
    <message>
        <source>Optimize connections (IPv6)</source>
        <translation>Verbindungen optimieren (IPv6)</translation>
    </message>
    <message>
        <source>Enable gateway port</source>
        <translation>Gateway-Port aktivieren</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gateway-Port</translation>
    </message>
    <message>
        <source>Enable RDP port</source>
        <translation>RDP-Port aktivieren</translation>
    </message>
    <message>
        <source>RDP port</source>
        <translation>RDP-Port</translation>
    </message>
    <message>
        <source>Enable RDP UDP data tunnelling</source>
        <translation>RDP-UDP-Datentunnel aktivieren</translation>
    </message>
    <message>
        <source>Broadcast gateway address</source>
        <translation>Gateway-Adresse per Broadcast bekanntgeben</translation>
    </message>
    <message>
        <source>Enable denial-of-service protection</source>
        <translation>Schutz vor DoS-Angriffen aktivieren</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Enable SSL</source>
        <translation>SSL aktivieren</translation>
    </message>
    <message>
        <source>SSL port</source>
        <translation>SSL-Port</translation>
    </message>
    <message>
        <source>Accepted SSL/TLS versions</source>
        <translation>Akzeptierte SSL/TLS-Versionen</translation>
    </message>
    <message>
        <source>Cipher strength</source>
        <translation>Verschlüsselungsstärke</translation>
    </message>
    <message>
        <source>Cipher string</source>
        <translation>Cipher-Zeichenfolge</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>Enforce HTTP Strict Transport Security</source>
        <translation>HTTP Strict Transport Security erzwingen</translation>
    </message>
    <message>
        <source>Max age (months)</source>
        <translation>Höchstalter (Monate)</translation>
    </message>
    <message>
        <source>Include subdomains</source>
        <translation>Subdomains einschließen</translation>
    </message>
    <message>
        <source>Preload</source>
        <translation>Preload</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Webportal</translation>
    </message>
    <message>
        <source>Enable User Portal</source>
        <translation>Nutzerportal aktivieren</translation>
    </message>
    <message>
        <source>User Portal port</source>
        <translation>Port des Nutzerportals</translation>
    </message>
    <message>
        <source>Launch method</source>
        <translation>Startmethode</translation>
    </message>
    <message>
        <source>Let users choose the launch method</source>
        <translation>Benutzer die Startmethode wählen lassen</translation>
    </message>
    <message>
        <source>Allow embedding in other web pages</source>
        <translation>Einbetten in andere Webseiten erlauben</translation>
    </message>
    <message>
        <source>Open applications in a new tab</source>
        <translation>Anwendungen in einem neuen Tab öffnen</translation>
    </message>
    <message>
        <source>Allow file transfer</source>
        <translation>Dateiübertragung erlauben</translation>
    </message>
    <message>
        <source>Allow clipboard</source>
        <translation>Zwischenablage erlauben</translation>
    </message>
    <message>
        <source>Use pre-Windows 2000 logon format</source>
        <translation>Anmeldeformat vor Windows 2000 verwenden</translation>
    </message>
    <message>
        <source>Web requests URL</source>
        <translation>URL für Webanfragen</translation>
    </message>
    <message>
        <source>Client management</source>
        <translation>Client-Verwaltung</translation>
    </message>
    <message>
        <source>Enable client management port</source>
        <translation>Port der Client-Verwaltung aktivieren</translation>
    </message>
    <message>
        <source>Enable Wyse ThinOS support</source>
        <translation>Unterstützung für Wyse ThinOS aktivieren</translation>
    </message>
    <message>
        <source>MAC address filter</source>
        <translation>MAC-Adressfilter</translation>
    </message>
    <message>
        <source>Denied MAC addresses</source>
        <translation>Abgelehnte MAC-Adressen</translation>
    </message>
    <message>
        <source>Allowed MAC addresses</source>
        <translation>Erlaubte MAC-Adressen</translation>
    </message>
    <message>
        <source>Secure Gateway ID</source>
        <translation>ID des Secure Gateways</translation>
    </message>
    <message>
        <source>Preferred Connection Broker</source>
        <translation>Bevorzugter Connection Broker</translation>
    </message>
    <message>
        <source>Forward other requests to HTTP servers</source>
        <translation>Andere Anfragen an HTTP-Server weiterleiten</translation>
    </message>
    <message>
        <source>HTTP servers</source>
        <translation>HTTP-Server</translation>
    </message>
    <message>
        <source>Forwarding gateway</source>
        <translation>Weiterleitungs-Gateway</translation>
    </message>
</context>
<context>
    <name>GatewayFieldDependencies</name>
    <message>
        <source>Applies only in normal mode (see Mode).</source>
        <translation>Gilt nur im normalen Modus (siehe Modus).</translation>
    </message>
    <message>
        <source>Applies only in normal mode with forwarding to HTTP servers switched on.</source>
        <translation>Gilt nur im normalen Modus bei eingeschalteter Weiterleitung an HTTP-Server.</translation>
    </message>
    <message>
        <source>Applies only in forwarding mode (see Mode).</source>
        <translation>Gilt nur im Weiterleitungsmodus (siehe Modus).</translation>
    </message>
    <message>
        <source>Applies only while the gateway port is enabled.</source>
        <translation>Gilt nur, solange der Gateway-Port aktiviert ist.</translation>
    </message>
    <message>
        <source>Applies only while the RDP port is enabled.</source>
        <translation>Gilt nur, solange der RDP-Port aktiviert ist.</translation>
    </message>
    <message>
        <source>Applies only while SSL is enabled.</source>
        <translation>Gilt nur, solange SSL aktiviert ist.</translation>
    </message>
    <message>
        <source>Applies only while SSL is enabled and the cipher strength is Custom.</source>
        <translation>Gilt nur, solange SSL aktiviert und die Verschlüsselungsstärke „Benutzerdefiniert“ ist.</translation>
    </message>
    <message>
        <source>Applies only while HSTS is enforced.</source>
        <translation>Gilt nur, solange HSTS erzwungen wird.</translation>
    </message>
    <message>
        <source>Applies only while the User Portal is enabled.</source>
        <translation>Gilt nur, solange das Nutzerportal aktiviert ist.</translation>
    </message>
    <message>
        <source>Applies only when the MAC address filter allows all except listed addresses.</source>
        <translation>Gilt nur, wenn der MAC-Adressfilter alle außer den aufgeführten Adressen zulässt.</translation>
    </message>
    <message>
        <source>Applies only when the MAC address filter allows only listed addresses.</source>
        <translation>Gilt nur, wenn der MAC-Adressfilter nur die aufgeführten Adressen zulässt.</translation>
    </message>
</context>
<context>
    <name>GatewayInputRules</name>
    <message>
        <source>%1: &apos;%2&apos; is not an IPv4 or IPv6 address.</source>
        <translation>%1: „%2“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an IPv4 address.</source>
        <translation>%1: „%2“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an IPv6 address.</source>
        <translation>%1: „%2“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a server name or address with an optional port (1 to 65535).</source>
        <translation>%1: „%2“ ist kein Servername und keine Adresse mit optionalem Port (1 bis 65535).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a MAC address such as 00-1A-2B-3C-4D-5E.</source>
        <translation>%1: „%2“ ist keine MAC-Adresse wie 00-1A-2B-3C-4D-5E.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http:// or https:// address.</source>
        <translation>%1: „%2“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice.</source>
        <translation>%1: „%2“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3: each needs a port of its own.</source>
        <translation>%1 und %2 sind beide %3: Jeder braucht einen eigenen Port.</translation>
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
        <translation>%1 (SSL)</translation>
    </message>
    <message>
        <source>%1 (RDP)</source>
        <translation>%1 (RDP)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
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
        <translation>Arbeitsspeicher</translation>
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
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Nutzerportal</translation>
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
        <translation>FQDN oder IP des Gateways</translation>
    </message>
    <message>
        <source>Agent state reported by the gateway</source>
        <translation>Vom Gateway gemeldeter Agent-Status</translation>
    </message>
    <message>
        <source>CPU load</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>Memory load</source>
        <translation>Speicherauslastung</translation>
    </message>
    <message>
        <source>Site the gateway belongs to</source>
        <translation>Site, zu der das Gateway gehört</translation>
    </message>
    <message>
        <source>Whether the gateway accepts connections</source>
        <translation>Ob das Gateway Verbindungen annimmt</translation>
    </message>
    <message>
        <source>Normal, or forwarding to another gateway</source>
        <translation>Normal oder Weiterleitung an ein anderes Gateway</translation>
    </message>
    <message>
        <source>IPs offered for client connections</source>
        <translation>Für Client-Verbindungen angebotene IPs</translation>
    </message>
    <message>
        <source>Gateway, SSL and RDP ports that are enabled</source>
        <translation>Aktivierte Gateway-, SSL- und RDP-Ports</translation>
    </message>
    <message>
        <source>Lowest TLS version accepted</source>
        <translation>Niedrigste akzeptierte TLS-Version</translation>
    </message>
    <message>
        <source>HTTP Strict Transport Security max age</source>
        <translation>Höchstalter für HTTP Strict Transport Security</translation>
    </message>
    <message>
        <source>HTML5 User Portal</source>
        <translation>HTML5-Nutzerportal</translation>
    </message>
    <message>
        <source>RAS agent version</source>
        <translation>Version des RAS-Agents</translation>
    </message>
    <message>
        <source>When this status was fetched</source>
        <translation>Wann dieser Status abgerufen wurde</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <comment>HSTS max age</comment>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayPropertiesDialog</name>
    <message>
        <source>Secure Gateway properties</source>
        <translation>Secure Gateway-Eigenschaften</translation>
    </message>
    <message>
        <source>%1 - Secure Gateway properties</source>
        <translation>%1 – Secure Gateway-Eigenschaften</translation>
    </message>
    <message>
        <source>API field %1</source>
        <translation>API-Feld %1</translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation>Einträge mit Kommas trennen</translation>
    </message>
    <message>
        <source>HSTS needs SSL: enable SSL on the SSL/TLS tab, or switch HSTS off.</source>
        <translation>HSTS erfordert SSL: Aktivieren Sie SSL auf der Registerkarte SSL/TLS oder schalten Sie HSTS aus.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label in a form; French puts a space before the colon</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Unknown Site (ID %1)</source>
        <translation>Unbekannte Site (ID %1)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Unknown Connection Broker (ID %1)</source>
        <translation>Unbekannter Connection Broker (ID %1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server and, in brackets, its Site</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown Secure Gateway (ID %1)</source>
        <translation>Unbekanntes Secure Gateway (ID %1)</translation>
    </message>
    <message>
        <source>Not a Secure Gateway of this farm</source>
        <translation>Kein Secure Gateway dieser Serverfarm</translation>
    </message>
    <message>
        <source>A gateway in forwarding mode needs a gateway to forward to: tick one under Forward to gateways.</source>
        <translation>Ein Gateway im Weiterleitungsmodus braucht ein Gateway als Ziel: Haken Sie eines unter „An Gateways weiterleiten“ an.</translation>
    </message>
</context>
<context>
    <name>GatewaysPage</name>
    <message>
        <source>Secure Gateways</source>
        <translation>Secure Gateways</translation>
    </message>
    <message>
        <source>All Secure Gateways</source>
        <translation>Alle Secure Gateways</translation>
    </message>
    <message>
        <source>Delete Secure Gateway</source>
        <translation>Secure Gateway löschen</translation>
    </message>
    <message>
        <source>Delete Secure Gateway %1? The change is staged until Apply Settings.</source>
        <translation>Secure Gateway %1 löschen? Die Änderung wird vorgemerkt, bis Sie die Einstellungen übernehmen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Verschlüsselungsverfahren</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow adding Secure Gateways here.</source>
        <translation>Ihre Administratorrechte erlauben es nicht, hier Secure Gateways hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow deleting this Secure Gateway.</source>
        <translation>Ihre Administratorrechte erlauben es nicht, dieses Secure Gateway zu löschen.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow changing this Secure Gateway.</source>
        <translation>Ihre Administratorrechte erlauben es nicht, dieses Secure Gateway zu ändern.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>a status entry has no valid id</source>
        <translation>ein Statuseintrag hat keine gültige ID</translation>
    </message>
    <message>
        <source>a broker has no valid id</source>
        <translation>ein Connection Broker hat keine gültige ID</translation>
    </message>
    <message>
        <source>a client policy has no valid id</source>
        <translation>eine Client-Richtlinie hat keine gültige ID</translation>
    </message>
    <message>
        <source>a gateway has no valid id</source>
        <translation>ein Secure Gateway hat keine gültige ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <comment>a field of the server&apos;s answer; what it should be</comment>
        <translation>„%1“ ist %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>a 32-bit integer</source>
        <translation>keine 32-Bit-Ganzzahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>kein Wahrheitswert</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>kein Array</translation>
    </message>
    <message>
        <source>a known enum value</source>
        <translation>kein bekannter Wert</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <comment>a JSON syntax error, where in the answer (a byte count)</comment>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>eine Liste wurde erwartet</translation>
    </message>
    <message>
        <source>a list entry is not an object</source>
        <translation>ein Listeneintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>a secondary connection is unreadable: %1</source>
        <translation>eine sekundäre Verbindung ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>it is too large to decode in the memory available</source>
        <translation>sie ist zu groß, um im verfügbaren Arbeitsspeicher dekodiert zu werden</translation>
    </message>
    <message>
        <source>decoding failed</source>
        <translation>das Dekodieren ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>a site has no valid id</source>
        <translation>eine Site hat keine gültige ID</translation>
    </message>
</context>
<context>
    <name>LoadHistoryChart</name>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>Arbeitsspeicher %</translation>
    </message>
</context>
<context>
    <name>LoadStateBar</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message>
        <source>As of %1; the last refresh failed: %2</source>
        <translation>Stand %1; die letzte Aktualisierung ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>LogonAttempt</name>
    <message>
        <source>%1
If the certificate was replaced on purpose, choose &quot;Forget trusted certificate&quot; and log on again.</source>
        <translation>%1
Wenn das Zertifikat absichtlich ersetzt wurde, wählen Sie „Vertrauenswürdiges Zertifikat vergessen“ und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>LogonDialog</name>
    <message>
        <source>Log on to a RAS farm</source>
        <translation>An einer RAS-Serverfarm anmelden</translation>
    </message>
    <message>
        <source>Connect to the RAS Web Administration Service (HTTPS, port 20443 unless you give another).</source>
        <translation>Verbindung zum RAS Web Administration Service (HTTPS, Port 20443, sofern Sie keinen anderen angeben).</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Host name, host:port or URL of the RAS Web Administration Service</source>
        <translation>Hostname, Host:Port oder URL des RAS Web Administration Service</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>DOMAIN\administrator</source>
        <translation>DOMÄNE\administrator</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Logging on…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Kennwort im System-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Forget trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat vergessen</translation>
    </message>
    <message>
        <source>The trusted certificate was forgotten; log on to see the server&apos;s new one.</source>
        <translation>Das vertrauenswürdige Zertifikat wurde vergessen; melden Sie sich an, um das neue Zertifikat des Servers zu sehen.</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted HTTP to this server</source>
        <translation>&amp;Unverschlüsseltes HTTP zu diesem Server erlauben</translation>
    </message>
    <message>
        <source>The password and all farm data cross the network in clear. Use this only on a network you trust.</source>
        <translation>Das Kennwort und alle Daten der Serverfarm werden im Klartext übertragen. Verwenden Sie dies nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>This address uses plain http://, so the password would cross the network unencrypted. Use https://, or allow unencrypted HTTP below.</source>
        <translation>Diese Adresse verwendet unverschlüsseltes http://, daher würde das Kennwort unverschlüsselt übertragen. Verwenden Sie https:// oder erlauben Sie unten unverschlüsseltes HTTP.</translation>
    </message>
    <message>
        <source>Warning: the password and all farm data will cross the network unencrypted.</source>
        <translation>Warnung: Das Kennwort und alle Daten der Serverfarm werden unverschlüsselt übertragen.</translation>
    </message>
</context>
<context>
    <name>LogonFlow</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>It is self-signed: no certificate authority vouches for it.</source>
        <translation>Es ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür.</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Es ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>It is not valid before %1.</source>
        <translation>Es ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>Its name (%1) differs from the server you entered (%2).</source>
        <translation>Sein Name (%1) weicht vom eingegebenen Server (%2) ab.</translation>
    </message>
    <message>
        <source>It was issued by a certificate authority this computer does not trust.</source>
        <translation>Es wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.
%2

Subject: %3
Issuer: %4
Valid: %5 to %6
SHA-256: %7

Compare the fingerprint with the one shown on the server. Trust this certificate for this server from now on?</source>
        <translation>Das Zertifikat von %1 ist auf diesem Computer nicht vertrauenswürdig.
%2

Antragsteller: %3
Aussteller: %4
Gültig: %5 bis %6
SHA-256: %7

Vergleichen Sie den Fingerabdruck mit dem auf dem Server angezeigten. Diesem Zertifikat für diesen Server ab jetzt vertrauen?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RAS Console (read-only)</source>
        <translation>RAS-Konsole (schreibgeschützt)</translation>
    </message>
    <message>
        <source>RAS Console</source>
        <translation>RAS-Konsole</translation>
    </message>
    <message>
        <source>The session ended and logging on again failed: %1</source>
        <translation>Die Sitzung wurde beendet und die erneute Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Nicht übernommene Änderungen</translation>
    </message>
    <message>
        <source>Log on again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>The server ended the session (%1). Enter the password to continue.</source>
        <translation>Der Server hat die Sitzung beendet (%1). Geben Sie das Kennwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>RAS Console (read-only: your administrator rights allow viewing only)</source>
        <translation>RAS-Konsole (schreibgeschützt: Ihre Administratorrechte erlauben nur das Anzeigen)</translation>
    </message>
    <message>
        <source>RAS Console (read-only: your administrator rights could not be read)</source>
        <translation>RAS-Konsole (schreibgeschützt: Ihre Administratorrechte konnten nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Status refresh:</source>
        <translation>Statusaktualisierung:</translation>
    </message>
    <message numerus="yes">
        <source>Every %n seconds</source>
        <comment>status refresh interval</comment>
        <translation>
            <numerusform>Alle %n Sekunde</numerusform>
            <numerusform>Alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <comment>status refresh interval</comment>
        <translation>
            <numerusform>Alle %n Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>How often broker and gateway status is refreshed.</source>
        <translation>Wie oft der Status der Connection Broker und Gateways aktualisiert wird.</translation>
    </message>
    <message>
        <source>Copied. Set RAS_TOKEN in the shell before running it.</source>
        <translation>Kopiert. Setzen Sie RAS_TOKEN in der Shell, bevor Sie den Befehl ausführen.</translation>
    </message>
    <message>
        <source>Part of the farm could not be loaded, so some tables show older data: %1</source>
        <translation>Ein Teil der Serverfarm konnte nicht geladen werden, daher zeigen einige Tabellen ältere Daten: %1</translation>
    </message>
    <message>
        <source>You are logged on as a custom administrator: commands your rights do not allow are disabled, and their tooltips say why.</source>
        <translation>Sie sind als benutzerdefinierter Administrator angemeldet: Befehle, die Ihre Rechte nicht erlauben, sind deaktiviert, und ihre Tooltips nennen den Grund.</translation>
    </message>
    <message>
        <source>One change made in this session has not been applied to the farm.</source>
        <translation>Eine Änderung aus dieser Sitzung wurde noch nicht in der Serverfarm übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes made in this session have not been applied to the farm.</source>
        <translation>
            <numerusform>%Ln Änderung aus dieser Sitzung wurde noch nicht in der Serverfarm übernommen.</numerusform>
            <numerusform>%Ln Änderungen aus dieser Sitzung wurden noch nicht in der Serverfarm übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply and quit</source>
        <translation>Übernehmen und beenden</translation>
    </message>
    <message>
        <source>Quit without applying</source>
        <translation>Ohne Übernehmen beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>That object is no longer in the farm, so no page can show it.</source>
        <translation>Dieses Objekt ist nicht mehr in der Serverfarm, daher kann keine Seite es anzeigen.</translation>
    </message>
    <message>
        <source>Part of the farm could not be loaded: %1</source>
        <translation>Ein Teil der Serverfarm konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Farm</source>
        <translation>Serverfarm</translation>
    </message>
    <message>
        <source>Connected to the Connection Broker %1</source>
        <translation>Verbunden mit dem Connection Broker %1</translation>
    </message>
    <message>
        <source>%1 (licensing)</source>
        <comment>Site name</comment>
        <translation>%1 (Lizenz)</translation>
    </message>
    <message>
        <source>Site status: %1</source>
        <translation>Site-Status: %1</translation>
    </message>
    <message>
        <source>%1 — 1 problem</source>
        <comment>kind of server — one server needs attention</comment>
        <translation>%1 — 1 Problem</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln problems</source>
        <comment>kind of server — servers that need attention</comment>
        <translation>
            <numerusform>%1 — %Ln Problem</numerusform>
            <numerusform>%1 — %Ln Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPage</name>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The table was exported to %1.</source>
        <translation>Die Tabelle wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Logging on to %1 as %2…</source>
        <translation>Anmeldung bei %1 als %2…</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Daten werden von %1 geladen…</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The change has been sent and cannot be called back. Closing stops waiting here; the outcome will be shown in the main window.</source>
        <translation>Die Änderung wurde gesendet und kann nicht zurückgerufen werden. Beim Schließen wird hier nicht mehr gewartet; das Ergebnis wird im Hauptfenster angezeigt.</translation>
    </message>
</context>
<context>
    <name>PendingChangeText</name>
    <message>
        <source>primary</source>
        <comment>a broker&apos;s priority 0</comment>
        <translation>primär</translation>
    </message>
    <message>
        <source>Added; its answer was lost, but the list read again shows it.</source>
        <translation>Hinzugefügt; die Antwort ging verloren, aber die erneut gelesene Liste enthält das Objekt.</translation>
    </message>
    <message>
        <source>Added to Site %1 as its primary broker.</source>
        <translation>Zur Site %1 als primärer Connection Broker hinzugefügt.</translation>
    </message>
    <message>
        <source>Added to Site %1 with priority %2.</source>
        <translation>Zur Site %1 mit Priorität %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added at position %1 of the policy order.</source>
        <translation>An Position %1 der Richtlinienreihenfolge hinzugefügt.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
    <message>
        <source>Added to Site %1.</source>
        <translation>Zur Site %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Deleted; its answer was lost, but the list read again no longer shows it.</source>
        <translation>Gelöscht; die Antwort ging verloren, aber die erneut gelesene Liste enthält das Objekt nicht mehr.</translation>
    </message>
    <message>
        <source>Deleted; its agent stays installed on the server.</source>
        <translation>Gelöscht; der Agent bleibt auf dem Server installiert.</translation>
    </message>
    <message>
        <source>Deleted, and its agent is uninstalled from the server.</source>
        <translation>Gelöscht; der Agent wird vom Server deinstalliert.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Moved up: priority %1 → %2.</source>
        <translation>Nach oben verschoben: Priorität %1 → %2.</translation>
    </message>
    <message>
        <source>Moved down: priority %1 → %2.</source>
        <translation>Nach unten verschoben: Priorität %1 → %2.</translation>
    </message>
    <message>
        <source>Moved up in the policy order: position %1 → %2.</source>
        <translation>In der Richtlinienreihenfolge nach oben verschoben: Position %1 → %2.</translation>
    </message>
    <message>
        <source>Moved down in the policy order: position %1 → %2.</source>
        <translation>In der Richtlinienreihenfolge nach unten verschoben: Position %1 → %2.</translation>
    </message>
    <message>
        <source>Moved up.</source>
        <translation>Nach oben verschoben.</translation>
    </message>
    <message>
        <source>Moved down.</source>
        <translation>Nach unten verschoben.</translation>
    </message>
    <message>
        <source>A secondary connection was added.</source>
        <translation>Eine sekundäre Verbindung wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>A secondary connection was removed.</source>
        <translation>Eine sekundäre Verbindung wurde entfernt.</translation>
    </message>
    <message>
        <source>Secondary connection added: %1 on port %2, mode %3.</source>
        <translation>Sekundäre Verbindung hinzugefügt: %1 an Port %2, Modus %3.</translation>
    </message>
    <message>
        <source>Secondary connection removed: %1 on port %2, mode %3.</source>
        <translation>Sekundäre Verbindung entfernt: %1 an Port %2, Modus %3.</translation>
    </message>
    <message>
        <source>%1 changed: %2 → %3.</source>
        <comment>a field&apos;s label, its value before and after</comment>
        <translation>%1 geändert: %2 → %3.</translation>
    </message>
    <message>
        <source>%1 set to %2.</source>
        <comment>a field&apos;s label and its new value</comment>
        <translation>%1 auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>Connection Broker %1</source>
        <translation>Connection Broker %1</translation>
    </message>
    <message>
        <source>Secure Gateway %1</source>
        <translation>Secure Gateway %1</translation>
    </message>
    <message>
        <source>Client policy %1</source>
        <translation>Client-Richtlinie %1</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Geändert.</translation>
    </message>
    <message>
        <source>Promoted to primary: priority %1 → primary.</source>
        <translation>Auf primär hochgestuft: Priorität %1 → primär.</translation>
    </message>
    <message>
        <source>Promoted to primary.</source>
        <translation>Auf primär hochgestuft.</translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation>Aktiviert.</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Deaktiviert.</translation>
    </message>
    <message>
        <source>New</source>
        <comment>what an object&apos;s pending changes do</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>what an object&apos;s pending changes do</comment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>what an object&apos;s pending changes do</comment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Added and deleted again</source>
        <comment>what an object&apos;s pending changes do</comment>
        <translation>Hinzugefügt und wieder gelöscht</translation>
    </message>
    <message>
        <source>Moved down as %1 was promoted to primary: priority %2 → %3.</source>
        <translation>Nach unten verschoben, da %1 auf primär hochgestuft wurde: Priorität %2 → %3.</translation>
    </message>
    <message>
        <source>Moved down as %1 moved up: priority %2 → %3.</source>
        <translation>Nach unten verschoben, da %1 nach oben verschoben wurde: Priorität %2 → %3.</translation>
    </message>
    <message>
        <source>Moved up as %1 moved down: priority %2 → %3.</source>
        <translation>Nach oben verschoben, da %1 nach unten verschoben wurde: Priorität %2 → %3.</translation>
    </message>
    <message>
        <source>Moved up as %1 was deleted: priority %2 → %3.</source>
        <translation>Nach oben verschoben, da %1 gelöscht wurde: Priorität %2 → %3.</translation>
    </message>
    <message>
        <source>Priority changed as %1 changed: %2 → %3.</source>
        <translation>Priorität geändert, da %1 geändert wurde: %2 → %3.</translation>
    </message>
    <message>
        <source>Moved down in the policy order as %1 moved up: position %2 → %3.</source>
        <translation>In der Richtlinienreihenfolge nach unten verschoben, da %1 nach oben verschoben wurde: Position %2 → %3.</translation>
    </message>
    <message>
        <source>Moved up in the policy order as %1 moved down: position %2 → %3.</source>
        <translation>In der Richtlinienreihenfolge nach oben verschoben, da %1 nach unten verschoben wurde: Position %2 → %3.</translation>
    </message>
    <message>
        <source>Moved up in the policy order as %1 was deleted: position %2 → %3.</source>
        <translation>In der Richtlinienreihenfolge nach oben verschoben, da %1 gelöscht wurde: Position %2 → %3.</translation>
    </message>
    <message>
        <source>Position in the policy order changed as %1 changed: %2 → %3.</source>
        <translation>Position in der Richtlinienreihenfolge geändert, da %1 geändert wurde: %2 → %3.</translation>
    </message>
</context>
<context>
    <name>PendingChangesDock</name>
    <message>
        <source>Pending changes</source>
        <translation>Nicht übernommene Änderungen</translation>
    </message>
</context>
<context>
    <name>PendingChangesModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Object and change</source>
        <translation>Objekt und Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <source>Client Policies</source>
        <translation>Client-Richtlinien</translation>
    </message>
    <message>
        <source>Delete client policy</source>
        <translation>Client-Richtlinie löschen</translation>
    </message>
    <message>
        <source>Delete client policy %1? The change is staged until Apply Settings.</source>
        <translation>Client-Richtlinie %1 löschen? Die Änderung wird vorgemerkt, bis Sie die Einstellungen übernehmen.</translation>
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
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Secondary connection</source>
        <translation>Sekundäre Verbindung</translation>
    </message>
    <message>
        <source>%1 %2:%3</source>
        <comment>mode, server and port of a secondary connection</comment>
        <translation>%1 %2:%3</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow adding client policies.</source>
        <translation>Ihre Administratorrechte erlauben es nicht, Client-Richtlinien hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow deleting client policies.</source>
        <translation>Ihre Administratorrechte erlauben es nicht, Client-Richtlinien zu löschen.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow changing client policies.</source>
        <translation>Ihre Administratorrechte erlauben es nicht, Client-Richtlinien zu ändern.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PolicyChanges</name>
    <message>
        <source>Enter a name for the policy.</source>
        <translation>Geben Sie einen Namen für die Richtlinie ein.</translation>
    </message>
    <message>
        <source>The name may have at most 255 characters.</source>
        <translation>Der Name darf höchstens 255 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Client policy</source>
        <translation>Client-Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>%1 - Client policy properties</source>
        <translation>%1 – Eigenschaften der Client-Richtlinie</translation>
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
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No secondary connections</source>
        <translation>Keine sekundären Verbindungen</translation>
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
        <translation>Richtlinien werden von oben nach unten ausgewertet; die erste passende gilt</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Name der Richtlinie</translation>
    </message>
    <message>
        <source>Whether the policy is applied</source>
        <translation>Ob die Richtlinie angewendet wird</translation>
    </message>
    <message>
        <source>Connections the client tries when the primary connection fails</source>
        <translation>Verbindungen, die der Client versucht, wenn die primäre Verbindung fehlschlägt</translation>
    </message>
    <message>
        <source>Who changed the policy last, and when</source>
        <translation>Wer die Richtlinie zuletzt geändert hat, und wann</translation>
    </message>
</context>
<context>
    <name>ProblemNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Connection Broker %1 needs attention: %2.</source>
        <translation>Connection Broker %1 erfordert Aufmerksamkeit: %2.</translation>
    </message>
    <message>
        <source>Connection Broker %1 is fine again: %2.</source>
        <translation>Connection Broker %1 ist wieder in Ordnung: %2.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 needs attention: %2.</source>
        <translation>Secure Gateway %1 erfordert Aufmerksamkeit: %2.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 is fine again: %2.</source>
        <translation>Secure Gateway %1 ist wieder in Ordnung: %2.</translation>
    </message>
    <message>
        <source>1 Connection Broker started to need attention.</source>
        <translation>1 Connection Broker erfordert jetzt Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Connection Brokers started to need attention.</source>
        <translation>
            <numerusform>%Ln Connection Broker erfordert jetzt Aufmerksamkeit.</numerusform>
            <numerusform>%Ln Connection Broker erfordern jetzt Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Connection Broker is fine again.</source>
        <translation>1 Connection Broker ist wieder in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Connection Brokers are fine again.</source>
        <translation>
            <numerusform>%Ln Connection Broker ist wieder in Ordnung.</numerusform>
            <numerusform>%Ln Connection Broker sind wieder in Ordnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Secure Gateway started to need attention.</source>
        <translation>1 Secure Gateway erfordert jetzt Aufmerksamkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Secure Gateways started to need attention.</source>
        <translation>
            <numerusform>%Ln Secure Gateway erfordert jetzt Aufmerksamkeit.</numerusform>
            <numerusform>%Ln Secure Gateways erfordern jetzt Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Secure Gateway is fine again.</source>
        <translation>1 Secure Gateway ist wieder in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Secure Gateways are fine again.</source>
        <translation>
            <numerusform>%Ln Secure Gateway ist wieder in Ordnung.</numerusform>
            <numerusform>%Ln Secure Gateways sind wieder in Ordnung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Log-on failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
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
        <translation>Aufzählen der Sitzungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>RDS role disabled</source>
        <translation>RDS-Rolle deaktiviert</translation>
    </message>
    <message>
        <source>Too many incomplete sessions</source>
        <translation>Zu viele unvollständige Sitzungen</translation>
    </message>
    <message>
        <source>Schedule in progress</source>
        <translation>Zeitplan wird ausgeführt</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid credentials</source>
        <translation>Ungültige Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Needs Sysprep</source>
        <translation>Sysprep erforderlich</translation>
    </message>
    <message>
        <source>Sysprep in progress</source>
        <translation>Sysprep wird ausgeführt</translation>
    </message>
    <message>
        <source>Cloning failed</source>
        <translation>Klonen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Drain until restart</source>
        <translation>Ausgleichen bis Neustart</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Ausgleichen</translation>
    </message>
    <message>
        <source>Logons disabled</source>
        <translation>Anmeldungen deaktiviert</translation>
    </message>
    <message>
        <source>Forced disconnect</source>
        <translation>Erzwungene Trennung</translation>
    </message>
    <message>
        <source>Cloning canceled</source>
        <translation>Klonen abgebrochen</translation>
    </message>
    <message>
        <source>RASprep in progress</source>
        <translation>RASprep wird ausgeführt</translation>
    </message>
    <message>
        <source>Installing RDS role</source>
        <translation>RDS-Rolle wird installiert</translation>
    </message>
    <message>
        <source>Reboot pending</source>
        <translation>Neustart ausstehend</translation>
    </message>
    <message>
        <source>Port mismatch</source>
        <translation>Port stimmt nicht überein</translation>
    </message>
    <message>
        <source>Needs downgrade</source>
        <translation>Downgrade erforderlich</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <source>Cloning in progress</source>
        <translation>Wird geklont</translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation>Zum Löschen markiert</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>Unsupported VDI type</source>
        <translation>Nicht unterstützter VDI-Typ</translation>
    </message>
    <message>
        <source>Free ESX licence not supported</source>
        <translation>Kostenlose ESX-Lizenz nicht unterstützt</translation>
    </message>
    <message>
        <source>Managed ESX not supported</source>
        <translation>Verwalteter ESX nicht unterstützt</translation>
    </message>
    <message>
        <source>Invalid host version</source>
        <translation>Ungültige Hostversion</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>Lizenz abgelaufen</translation>
    </message>
    <message>
        <source>Join broken</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Nicht in Verwendung</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>No available gateways</source>
        <translation>Keine verfügbaren Gateways</translation>
    </message>
    <message>
        <source>Enrollment server not initialised</source>
        <translation>Registrierungsserver nicht initialisiert</translation>
    </message>
    <message>
        <source>Enrollment unavailable</source>
        <translation>Registrierung nicht verfügbar</translation>
    </message>
    <message>
        <source>Invalid CA configuration</source>
        <translation>Ungültige ZS-Konfiguration</translation>
    </message>
    <message>
        <source>Invalid enrollment agent credentials</source>
        <translation>Ungültige Anmeldeinformationen des Registrierungsagenten</translation>
    </message>
    <message>
        <source>Invalid enrollment settings</source>
        <translation>Ungültige Registrierungseinstellungen</translation>
    </message>
    <message>
        <source>FSLogix not available</source>
        <translation>FSLogix nicht verfügbar</translation>
    </message>
    <message>
        <source>No devices</source>
        <translation>Keine Geräte</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Image optimisation pending</source>
        <translation>Image-Optimierung ausstehend</translation>
    </message>
    <message>
        <source>Image optimisation</source>
        <translation>Image-Optimierung</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Im Aufbau</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Not a RAS server</source>
        <translation>Kein RAS-Server</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>FSLogix needs update</source>
        <translation>FSLogix-Update erforderlich</translation>
    </message>
    <message>
        <source>No members available</source>
        <translation>Keine Mitglieder verfügbar</translation>
    </message>
    <message>
        <source>Members need update</source>
        <translation>Mitglieder müssen aktualisiert werden</translation>
    </message>
    <message>
        <source>Performance counters failed</source>
        <translation>Leistungsindikatoren fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending recreation</source>
        <translation>Neuerstellung ausstehend</translation>
    </message>
    <message>
        <source>Removing members</source>
        <translation>Mitglieder werden entfernt</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>Mitglieder werden hinzugefügt</translation>
    </message>
    <message>
        <source>Delete in progress</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Joining host pool</source>
        <translation>Tritt Hostpool bei</translation>
    </message>
    <message>
        <source>Auto-upgrade in progress</source>
        <translation>Automatisches Upgrade läuft</translation>
    </message>
    <message>
        <source>Auto-upgrade initiated</source>
        <translation>Automatisches Upgrade eingeleitet</translation>
    </message>
    <message>
        <source>Auto-upgrade limit reached</source>
        <translation>Grenze für automatische Upgrades erreicht</translation>
    </message>
    <message>
        <source>Auto-upgrade failed</source>
        <translation>Automatisches Upgrade fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>Update erforderlich</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Server deleted</source>
        <translation>Server gelöscht</translation>
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
        <translation>RD-Sitzungshost</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Secure Gateway</source>
        <translation>Secure Gateway</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Connection Broker</source>
        <translation>Connection Broker</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>VDI host pool</source>
        <translation>VDI-Hostpool</translation>
    </message>
    <message>
        <source>RDS group</source>
        <translation>RDS-Gruppe</translation>
    </message>
    <message>
        <source>HALB device</source>
        <translation>HALB-Gerät</translation>
    </message>
    <message>
        <source>Tenant Broker</source>
        <translation>Tenant Broker</translation>
    </message>
    <message>
        <source>Enrollment server</source>
        <translation>Registrierungsserver</translation>
    </message>
    <message>
        <source>HALB</source>
        <translation>HALB</translation>
    </message>
    <message>
        <source>AVD workspace</source>
        <translation>AVD-Arbeitsbereich</translation>
    </message>
    <message>
        <source>AVD host pool</source>
        <translation>AVD-Hostpool</translation>
    </message>
    <message>
        <source>AVD template</source>
        <translation>AVD-Vorlage</translation>
    </message>
    <message>
        <source>AVD host</source>
        <translation>AVD-Host</translation>
    </message>
    <message>
        <source>VDI template version</source>
        <translation>VDI-Vorlagenversion</translation>
    </message>
    <message>
        <source>AVD template version</source>
        <translation>AVD-Vorlagenversion</translation>
    </message>
    <message>
        <source>RDS template version</source>
        <translation>RDS-Vorlagenversion</translation>
    </message>
    <message>
        <source>RDS template</source>
        <translation>RDS-Vorlage</translation>
    </message>
    <message>
        <source>VDI template</source>
        <translation>VDI-Vorlage</translation>
    </message>
    <message>
        <source>VDI host</source>
        <translation>VDI-Host</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation>Ausführlich</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Gateway SSL</source>
        <translation>Gateway SSL</translation>
    </message>
    <message>
        <source>Direct SSL</source>
        <translation>Direkt SSL</translation>
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
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Parallels Client, HTML5 fallback</source>
        <translation>Parallels Client, HTML5 als Ausweichlösung</translation>
    </message>
    <message>
        <source>Parallels Client only</source>
        <translation>Nur Parallels Client</translation>
    </message>
    <message>
        <source>HTML5 only</source>
        <translation>Nur HTML5</translation>
    </message>
    <message>
        <source>Allow all except listed</source>
        <translation>Alle außer den aufgeführten zulassen</translation>
    </message>
    <message>
        <source>Allow only listed</source>
        <translation>Nur aufgeführte zulassen</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>SSL 2.0 to TLS 1.2 (weak)</source>
        <translation>SSL 2.0 bis TLS 1.2 (schwach)</translation>
    </message>
    <message>
        <source>SSL 3.0 to TLS 1.2</source>
        <translation>SSL 3.0 bis TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.0 to TLS 1.2</source>
        <translation>TLS 1.0 bis TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.1 to TLS 1.2</source>
        <translation>TLS 1.1 bis TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.2 only (strong)</source>
        <translation>Nur TLS 1.2 (stark)</translation>
    </message>
    <message>
        <source>Power administrator</source>
        <translation>Power-Administrator</translation>
    </message>
    <message>
        <source>Root administrator</source>
        <translation>Root-Administrator</translation>
    </message>
    <message>
        <source>Custom administrator</source>
        <translation>Benutzerdefinierter Administrator</translation>
    </message>
</context>
<context>
    <name>RasClient</name>
    <message>
        <source>No server has been chosen.</source>
        <translation>Es wurde kein Server ausgewählt.</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one trusted for it (SHA-256 %1). The connection was refused.</source>
        <translation>Der Server hat ein anderes Zertifikat vorgelegt als das für ihn als vertrauenswürdig eingestufte (SHA-256 %1). Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1).</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig (SHA-256 %1).</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The log-on answer carries no authToken.</source>
        <translation>Die Antwort auf die Anmeldung enthält kein authToken.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Plain http:// would send the password unencrypted to %1. Use https://, or allow plain HTTP explicitly.</source>
        <translation>Unverschlüsseltes http:// würde das Kennwort im Klartext an %1 senden. Verwenden Sie https:// oder erlauben Sie unverschlüsseltes HTTP ausdrücklich.</translation>
    </message>
    <message>
        <source>Plain http:// to another machine has not been allowed.</source>
        <translation>Unverschlüsseltes http:// zu einem anderen Computer wurde nicht erlaubt.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB, the most accepted; the transfer was stopped.</source>
        <translation>Die Antwort ist größer als die zulässigen %1 MB; die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <translation>Die Antwort konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The connection broke off during the answer: %1</source>
        <translation>Die Verbindung brach während der Antwort ab: %1</translation>
    </message>
    <message>
        <source>The log-on answer&apos;s authToken is not a plain token (only visible ASCII characters, at most %1 of them, are accepted).</source>
        <translation>Das authToken der Anmeldeantwort ist kein einfaches Token (nur sichtbare ASCII-Zeichen, höchstens %1, werden akzeptiert).</translation>
    </message>
</context>
<context>
    <name>RasError</name>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Not logged on</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Nicht zulässig</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>The change may have been made: check before retrying.</source>
        <translation>Die Änderung wurde möglicherweise vorgenommen: Prüfen Sie, bevor Sie es erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%1… (cut: the message has %n characters)</source>
        <translation>
            <numerusform>%1… (gekürzt: die Meldung hat %n Zeichen)</numerusform>
            <numerusform>%1… (gekürzt: die Meldung hat %n Zeichen)</numerusform>
        </translation>
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
        <translation>Nur Server anzeigen, deren Status Aufmerksamkeit erfordert</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
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
    <message>
        <source>%1, unreadable</source>
        <comment>HTTP status of an answer that could not be read</comment>
        <translation>%1, unlesbar</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl-Befehl kopieren</translation>
    </message>
</context>
<context>
    <name>SecondaryConnection</name>
    <message>
        <source>Choose a connection mode.</source>
        <translation>Wählen Sie einen Verbindungsmodus.</translation>
    </message>
    <message>
        <source>Enter the server to connect to.</source>
        <translation>Geben Sie den Server ein, zu dem verbunden werden soll.</translation>
    </message>
    <message>
        <source>The server name may have at most 255 characters.</source>
        <translation>Der Servername darf höchstens 255 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The server name must not contain spaces.</source>
        <translation>Der Servername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
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
        <translation>Port</translation>
    </message>
</context>
<context>
    <name>SecondaryConnectionsDialog</name>
    <message>
        <source>Secondary connections</source>
        <translation>Sekundäre Verbindungen</translation>
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
        <translation>%1 – Sekundäre Verbindungen</translation>
    </message>
    <message>
        <source>A gateway of this farm, or any server name or IP address</source>
        <translation>Ein Secure Gateway dieser Serverfarm oder ein beliebiger Servername bzw. eine IP-Adresse</translation>
    </message>
    <message>
        <source>Clients try these connections from top to bottom when the primary connection fails.</source>
        <translation>Clients versuchen diese Verbindungen von oben nach unten, wenn die primäre Verbindung fehlschlägt.</translation>
    </message>
    <message>
        <source>Clients try these connections from top to bottom when the primary connection fails. A new connection goes to the end of the list; to change the order, remove connections and add them again. Each change is sent at once and takes effect when you apply settings.</source>
        <translation>Clients versuchen diese Verbindungen von oben nach unten, wenn die primäre Verbindung fehlschlägt. Eine neue Verbindung kommt ans Ende der Liste; um die Reihenfolge zu ändern, entfernen Sie Verbindungen und fügen Sie sie erneut hinzu. Jede Änderung wird sofort gesendet und wirkt, sobald Sie die Einstellungen übernehmen.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>Only https:// and http:// addresses are supported.</source>
        <translation>Nur https://- und http://-Adressen werden unterstützt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>Give the server only, without a path (got &apos;%1&apos;).</source>
        <translation>Geben Sie nur den Server an, ohne Pfad (erhalten: „%1“).</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Licensing Site</source>
        <translation>Lizenzierungs-Site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Lizenzierung</translation>
    </message>
</context>
<context>
    <name>StagedChange</name>
    <message>
        <source>Yes</source>
        <comment>a setting&apos;s value</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a setting&apos;s value</comment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <comment>a text setting&apos;s value</comment>
        <translation>(leer)</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no preferred Connection Broker</comment>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Unknown Connection Broker (ID %1)</source>
        <translation>Unbekannter Connection Broker (ID %1)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no forwarding Secure Gateway</comment>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Unknown Secure Gateway (ID %1)</source>
        <translation>Unbekanntes Secure Gateway (ID %1)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>a gateway properties tab and one of its settings</comment>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>StatusFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Agent state: %1 (%2)
Agent version: %3
OS: %4
Boot time: %5</source>
        <translation>Agent-Status: %1 (%2)
Agent-Version: %3
Betriebssystem: %4
Startzeit: %5</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>how long ago the status was fetched</comment>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>how long ago the status was fetched</comment>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>how long ago the status was fetched</comment>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusJoinedModel</name>
    <message>
        <source>Site %1</source>
        <comment>a Site whose name is not known (the list of Sites could not be read)</comment>
        <translation>Site %1</translation>
    </message>
</context>
</TS>
