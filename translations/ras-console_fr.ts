<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BrokerAddDialog</name>
    <message>
        <source>Add Connection Broker</source>
        <translation>Ajouter un broker de connexion</translation>
    </message>
    <message>
        <source>&amp;Server (FQDN or IP):</source>
        <translation>&amp;Serveur (FQDN ou IP)&#xa0;:</translation>
    </message>
    <message>
        <source>ras-cb04.corp.example.com</source>
        <translation>ras-cb04.corp.example.com</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <source>Install the RAS Connection Broker agent on the server</source>
        <translation>Installer l&apos;agent du broker de connexion RAS sur le serveur</translation>
    </message>
    <message>
        <source>Install as &amp;user:</source>
        <translation>Installer en tant qu&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty to use your RAS administrator account</source>
        <translation>Laisser vide pour utiliser votre compte administrateur RAS</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restart the server if the installation needs it</source>
        <translation>&amp;Redémarrer le serveur si l&apos;installation l&apos;exige</translation>
    </message>
    <message>
        <source>Add &amp;firewall rules</source>
        <translation>Ajouter des règles de pare-&amp;feu</translation>
    </message>
    <message>
        <source>The new broker reports &quot;Not applied&quot; until you apply settings.</source>
        <translation>Le nouveau broker de connexion indique «&#xa0;Non appliqué&#xa0;» tant que vous n&apos;avez pas appliqué les paramètres.</translation>
    </message>
    <message>
        <source>Enter the password of the install account, or leave the user empty.</source>
        <translation>Saisissez le mot de passe du compte d&apos;installation ou laissez l&apos;utilisateur vide.</translation>
    </message>
</context>
<context>
    <name>BrokerModel</name>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Aucun état</translation>
    </message>
    <message>
        <source>The Site&apos;s primary Connection Broker</source>
        <translation>Broker de connexion principal du site</translation>
    </message>
    <message>
        <source>Secondary broker; lower numbers take over first</source>
        <translation>Broker de connexion secondaire&#xa0;; les numéros les plus bas prennent le relais en premier</translation>
    </message>
    <message>
        <source>The primary broker is always enabled</source>
        <translation>Le broker de connexion principal est toujours activé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Alternative IPs</source>
        <translation>IP alternatives</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Version de l&apos;agent</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Disk read</source>
        <translation>Lecture disque</translation>
    </message>
    <message>
        <source>Disk write</source>
        <translation>Écriture disque</translation>
    </message>
    <message>
        <source>Boot time</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Order in which brokers take over; the primary is first</source>
        <translation>Ordre dans lequel les brokers de connexion prennent le relais&#xa0;; le principal en premier</translation>
    </message>
    <message>
        <source>FQDN or IP of the broker</source>
        <translation>FQDN ou IP du broker de connexion</translation>
    </message>
    <message>
        <source>Agent state reported by the broker</source>
        <translation>État de l&apos;agent signalé par le broker de connexion</translation>
    </message>
    <message>
        <source>CPU load</source>
        <translation>Charge du processeur</translation>
    </message>
    <message>
        <source>Memory load</source>
        <translation>Charge de la mémoire</translation>
    </message>
    <message>
        <source>Site the broker belongs to</source>
        <translation>Site auquel appartient le broker de connexion</translation>
    </message>
    <message>
        <source>Whether the broker is enabled in the Site</source>
        <translation>Indique si le broker de connexion est activé dans le site</translation>
    </message>
    <message>
        <source>A standby broker takes no agents until another broker goes offline</source>
        <translation>Un broker de connexion en veille n&apos;accepte aucun agent tant qu&apos;un autre broker n&apos;est pas hors ligne</translation>
    </message>
    <message>
        <source>Address brokers use to share data in real time</source>
        <translation>Adresse utilisée par les brokers de connexion pour partager les données en temps réel</translation>
    </message>
    <message>
        <source>Addresses gateways use when the server name fails</source>
        <translation>Adresses utilisées par les passerelles lorsque le nom du serveur échoue</translation>
    </message>
    <message>
        <source>RAS agent version</source>
        <translation>Version de l&apos;agent RAS</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Disk reads</source>
        <translation>Lectures sur le disque</translation>
    </message>
    <message>
        <source>Disk writes</source>
        <translation>Écritures sur le disque</translation>
    </message>
    <message>
        <source>When the server last started</source>
        <translation>Dernier démarrage du serveur</translation>
    </message>
    <message>
        <source>Who changed the broker last, and when</source>
        <translation>Qui a modifié le broker de connexion en dernier, et quand</translation>
    </message>
    <message>
        <source>When this status was fetched</source>
        <translation>Date à laquelle cet état a été récupéré</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>when, by which administrator</comment>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>BrokerPropertiesDialog</name>
    <message>
        <source>Connection Broker properties</source>
        <translation>Propriétés du broker de connexion</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enable server in Site</source>
        <translation>Activer le serveur dans le sit&amp;e</translation>
    </message>
    <message>
        <source>&amp;Standby (takes no agents until another broker goes offline)</source>
        <translation>En &amp;veille (n&apos;accepte aucun agent tant qu&apos;un autre broker n&apos;est pas hors ligne)</translation>
    </message>
    <message>
        <source>&amp;IP:</source>
        <translation>&amp;IP&#xa0;:</translation>
    </message>
    <message>
        <source>Address brokers use to share data in real time</source>
        <translation>Adresse utilisée par les brokers de connexion pour partager les données en temps réel</translation>
    </message>
    <message>
        <source>&amp;Alternative IPs:</source>
        <translation>IP &amp;alternatives&#xa0;:</translation>
    </message>
    <message>
        <source>Separate addresses with ; or ,</source>
        <translation>Séparez les adresses par&#xa0;; ou ,</translation>
    </message>
    <message>
        <source>Addresses gateways use when the server name fails</source>
        <translation>Adresses utilisées par les passerelles lorsque le nom du serveur échoue</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Dernière modification&#xa0;:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 - Connection Broker properties</source>
        <translation>%1 – Propriétés du broker de connexion</translation>
    </message>
    <message>
        <source>0 (primary)</source>
        <translation>0 (principal)</translation>
    </message>
    <message>
        <source>The primary broker is always enabled</source>
        <translation>Le broker de connexion principal est toujours activé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>Look up the server&apos;s address in DNS</source>
        <translation>Rechercher l&apos;adresse du serveur dans le DNS</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Agent version:</source>
        <translation>Version de l&apos;agent&#xa0;:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Système d&apos;exploitation&#xa0;:</translation>
    </message>
    <message>
        <source>Last boot:</source>
        <translation>Dernier démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>Service started:</source>
        <translation>Service démarré&#xa0;:</translation>
    </message>
    <message>
        <source>Log level:</source>
        <translation>Niveau de journalisation&#xa0;:</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Résolution…</translation>
    </message>
    <message>
        <source>%1 could not be resolved: %2</source>
        <translation>Impossible de résoudre %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BrokerService</name>
    <message>
        <source>Enter the server&apos;s FQDN or IP address.</source>
        <translation>Saisissez le FQDN ou l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>The server name may have at most 255 characters.</source>
        <translation>Le nom du serveur ne peut pas dépasser 255 caractères.</translation>
    </message>
    <message>
        <source>The server name must not contain spaces or slashes.</source>
        <translation>Le nom du serveur ne doit contenir ni espaces ni barres obliques.</translation>
    </message>
</context>
<context>
    <name>BrokersPage</name>
    <message>
        <source>Connection Brokers</source>
        <translation>Brokers de connexion</translation>
    </message>
    <message>
        <source>All Connection Brokers</source>
        <translation>Tous les brokers de connexion</translation>
    </message>
    <message>
        <source>Delete Connection Broker</source>
        <translation>Supprimer le broker de connexion</translation>
    </message>
    <message>
        <source>Promote to primary</source>
        <translation>Promouvoir en principal</translation>
    </message>
    <message>
        <source>Make %1 the primary Connection Broker of its Site?

The current primary becomes a secondary broker. The server ends this console&apos;s session; the console logs on again by itself.</source>
        <translation>Faire de %1 le broker de connexion principal de son site&#xa0;?

Le principal actuel devient un broker de connexion secondaire. Le serveur met fin à la session de cette console&#xa0;; la console se reconnecte automatiquement.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>0 (primary)</source>
        <translation>0 (principal)</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Alternative IPs</source>
        <translation>IP alternatives</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>creation time by administrator</comment>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Version de l&apos;agent</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Boot time</source>
        <translation>Heure de démarrage</translation>
    </message>
    <message>
        <source>CPU, last hour</source>
        <translation>Processeur, dernière heure</translation>
    </message>
    <message numerus="yes">
        <source>Now %1 %, average %2 %, peak %3 %, from %n samples.</source>
        <comment>CPU load over the last hour</comment>
        <translation>
            <numerusform>Actuellement %1&#xa0;%, moyenne %2&#xa0;%, pic %3&#xa0;%, sur %n échantillon.</numerusform>
            <numerusform>Actuellement %1&#xa0;%, moyenne %2&#xa0;%, pic %3&#xa0;%, sur %n échantillons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your administrator rights do not allow adding Connection Brokers here.</source>
        <translation>Vos droits d&apos;administrateur ne vous permettent pas d&apos;ajouter des brokers de connexion ici.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow deleting this Connection Broker.</source>
        <translation>Vos droits d&apos;administrateur ne vous permettent pas de supprimer ce broker de connexion.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow changing this Connection Broker.</source>
        <translation>Vos droits d&apos;administrateur ne vous permettent pas de modifier ce broker de connexion.</translation>
    </message>
    <message>
        <source>Delete %1 from the Site? The RAS agent can be uninstalled from the server as well, or kept installed. The change is staged until Apply Settings.</source>
        <translation>Supprimer %1 du site&#xa0;? L&apos;agent RAS peut aussi être désinstallé du serveur, ou y rester installé. La modification reste en attente jusqu&apos;à «&#xa0;Appliquer les paramètres&#xa0;».</translation>
    </message>
    <message>
        <source>Delete and uninstall agent</source>
        <translation>Supprimer et désinstaller l&apos;agent</translation>
    </message>
    <message>
        <source>Delete, keep agent</source>
        <translation>Supprimer, garder l&apos;agent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConsoleActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>Pr&amp;opriétés…</translation>
    </message>
    <message>
        <source>Secondary &amp;connections…</source>
        <translation>&amp;Connexions secondaires…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Promote to primary</source>
        <translation>&amp;Promouvoir en principal</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Apply Settings</source>
        <translation>&amp;Appliquer les paramètres</translation>
    </message>
    <message>
        <source>&amp;Export table to CSV…</source>
        <translation>&amp;Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>&amp;Apply Settings (%1)</source>
        <translation>&amp;Appliquer les paramètres (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Commit %Ln staged change to the farm.</source>
        <comment>tooltip</comment>
        <translation>
            <numerusform>Appliquer %Ln modification en attente à la ferme.</numerusform>
            <numerusform>Appliquer %Ln modifications en attente à la ferme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commit staged changes to the farm.</source>
        <translation>Appliquer les modifications en attente à la ferme.</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <comment>server as administrator</comment>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>%1 as %2 — %3</source>
        <comment>server as administrator — kind of administrator</comment>
        <translation>%1 en tant que %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes not applied</source>
        <translation>
            <numerusform>%Ln modification non appliquée</numerusform>
            <numerusform>%Ln modifications non appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending changes</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message>
        <source>Refreshed at %1</source>
        <translation>Actualisé à %1</translation>
    </message>
    <message>
        <source>Unencrypted (HTTP)</source>
        <translation>Non chiffré (HTTP)</translation>
    </message>
    <message>
        <source>This session uses plain HTTP: the password and all farm data cross the network unencrypted.</source>
        <translation>Cette session utilise HTTP sans chiffrement : le mot de passe et toutes les données de la ferme transitent sur le réseau en clair.</translation>
    </message>
    <message numerus="yes">
        <source>Status refresh failed %n times in a row, so it now waits %1 seconds between tries.</source>
        <translation>
            <numerusform>L&apos;actualisation de l&apos;état a échoué %n fois de suite ; elle attend donc désormais %1 secondes entre deux tentatives.</numerusform>
            <numerusform>L&apos;actualisation de l&apos;état a échoué %n fois de suite ; elle attend donc désormais %1 secondes entre deux tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status refresh failed; the tables show the last good data.</source>
        <translation>L&apos;actualisation de l&apos;état a échoué ; les tableaux affichent les dernières données valides.</translation>
    </message>
    <message>
        <source>1 of %1 servers needs attention</source>
        <translation>1 serveur sur %1 requiert une intervention</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 servers need attention</source>
        <translation>
            <numerusform>%Ln serveur sur %1 requiert une intervention</numerusform>
            <numerusform>%Ln serveurs sur %1 requièrent une intervention</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is fine</source>
        <translation>Le serveur est en ordre</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln servers are fine</source>
        <translation>
            <numerusform>Le serveur est en ordre (%Ln)</numerusform>
            <numerusform>Les %Ln serveurs sont en ordre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FarmChanges</name>
    <message numerus="yes">
        <source>Connection Brokers changed on the server: %Ln.</source>
        <comment>found by the configuration refresh</comment>
        <translation>
            <numerusform>Brokers de connexion modifiés sur le serveur : %Ln.</numerusform>
            <numerusform>Brokers de connexion modifiés sur le serveur : %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Secure Gateways changed on the server: %Ln.</source>
        <comment>found by the configuration refresh</comment>
        <translation>
            <numerusform>Passerelles sécurisées modifiées sur le serveur : %Ln.</numerusform>
            <numerusform>Passerelles sécurisées modifiées sur le serveur : %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client policies changed on the server: %Ln.</source>
        <comment>found by the configuration refresh</comment>
        <translation>
            <numerusform>Stratégies client modifiées sur le serveur : %Ln.</numerusform>
            <numerusform>Stratégies client modifiées sur le serveur : %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration refresh at %1 found changes made outside this console.</source>
        <translation>L&apos;actualisation de la configuration à %1 a trouvé des modifications faites en dehors de cette console.</translation>
    </message>
    <message>
        <source>Connection Brokers: %1 added, %2 changed, %3 removed.</source>
        <translation>Brokers de connexion : %1 ajoutés, %2 modifiés, %3 supprimés.</translation>
    </message>
    <message>
        <source>Secure Gateways: %1 added, %2 changed, %3 removed.</source>
        <translation>Passerelles sécurisées : %1 ajoutées, %2 modifiées, %3 supprimées.</translation>
    </message>
    <message>
        <source>Client policies: %1 added, %2 changed, %3 removed.</source>
        <translation>Stratégies client : %1 ajoutées, %2 modifiées, %3 supprimées.</translation>
    </message>
</context>
<context>
    <name>FarmController</name>
    <message>
        <source>The console is read-only because the server did not say what you may change: %1</source>
        <translation>La console est en lecture seule, car le serveur n&apos;a pas indiqué ce que vous pouvez modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The console is read-only because you are logged on as a custom administrator who may only view.</source>
        <translation>La console est en lecture seule, car vous êtes connecté en tant qu&apos;administrateur personnalisé autorisé uniquement à consulter.</translation>
    </message>
</context>
<context>
    <name>FarmOperation</name>
    <message>
        <source>Connection Broker %1 was added.</source>
        <translation>Le broker de connexion %1 a été ajouté.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was deleted.</source>
        <translation>Le broker de connexion %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was moved up.</source>
        <translation>Le broker de connexion %1 a été déplacé vers le haut.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was moved down.</source>
        <translation>Le broker de connexion %1 a été déplacé vers le bas.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was promoted to primary.</source>
        <translation>Le broker de connexion %1 a été promu en principal.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was enabled.</source>
        <translation>Le broker de connexion %1 a été activé.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was disabled.</source>
        <translation>Le broker de connexion %1 a été désactivé.</translation>
    </message>
    <message>
        <source>Connection Broker %1 was changed.</source>
        <translation>Le broker de connexion %1 a été modifié.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 was added.</source>
        <translation>La passerelle sécurisée %1 a été ajoutée.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 was deleted.</source>
        <translation>La passerelle sécurisée %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 was changed.</source>
        <translation>La passerelle sécurisée %1 a été modifiée.</translation>
    </message>
    <message>
        <source>Client policy %1 was added.</source>
        <translation>La stratégie client %1 a été ajoutée.</translation>
    </message>
    <message>
        <source>Client policy %1 was deleted.</source>
        <translation>La stratégie client %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Client policy %1 was moved up.</source>
        <translation>La stratégie client %1 a été déplacée vers le haut.</translation>
    </message>
    <message>
        <source>Client policy %1 was moved down.</source>
        <translation>La stratégie client %1 a été déplacée vers le bas.</translation>
    </message>
    <message>
        <source>A secondary connection was added to client policy %1.</source>
        <translation>Une connexion secondaire a été ajoutée à la stratégie client %1.</translation>
    </message>
    <message>
        <source>A secondary connection was removed from client policy %1.</source>
        <translation>Une connexion secondaire a été supprimée de la stratégie client %1.</translation>
    </message>
    <message>
        <source>Client policy %1 was changed.</source>
        <translation>La stratégie client %1 a été modifiée.</translation>
    </message>
    <message>
        <source>Settings applied.</source>
        <translation>Paramètres appliqués.</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be added: %2</source>
        <translation>Impossible d&apos;ajouter le broker de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer le broker de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be moved up: %2</source>
        <translation>Impossible de monter le broker de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be moved down: %2</source>
        <translation>Impossible de descendre le broker de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be promoted to primary: %2</source>
        <translation>Impossible de promouvoir en principal le broker de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be enabled: %2</source>
        <translation>Impossible d&apos;activer le broker de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be disabled: %2</source>
        <translation>Impossible de désactiver le broker de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection Broker %1 could not be changed: %2</source>
        <translation>Impossible de modifier le broker de connexion %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Secure Gateway %1 could not be added: %2</source>
        <translation>Impossible d&apos;ajouter la passerelle sécurisée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Secure Gateway %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer la passerelle sécurisée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Secure Gateway %1 could not be changed: %2</source>
        <translation>Impossible de modifier la passerelle sécurisée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be added: %2</source>
        <translation>Impossible d&apos;ajouter la stratégie client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer la stratégie client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be moved up: %2</source>
        <translation>Impossible de monter la stratégie client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be moved down: %2</source>
        <translation>Impossible de descendre la stratégie client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A secondary connection could not be added to client policy %1: %2</source>
        <translation>Impossible d&apos;ajouter une connexion secondaire à la stratégie client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A secondary connection could not be removed from client policy %1: %2</source>
        <translation>Impossible de supprimer une connexion secondaire de la stratégie client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Client policy %1 could not be changed: %2</source>
        <translation>Impossible de modifier la stratégie client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The settings could not be applied: %1</source>
        <translation>Impossible d&apos;appliquer les paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer to Apply Settings was lost, so whether the settings were applied is unknown: check the pending changes before applying again.</source>
        <translation>La réponse à « Appliquer les paramètres » a été perdue : on ne sait donc pas si les paramètres ont été appliqués. Vérifiez les modifications en attente avant d&apos;appliquer à nouveau.</translation>
    </message>
    <message>
        <source>The answer was lost, but the list read again shows %1: it was added, so do not add it again.</source>
        <translation>La réponse a été perdue, mais la liste relue affiche %1 : l&apos;objet a été ajouté, ne l&apos;ajoutez donc pas une seconde fois.</translation>
    </message>
    <message>
        <source>The answer was lost, and the list read again does not show %1: it was not added, so you can try again.</source>
        <translation>La réponse a été perdue et la liste relue n&apos;affiche pas %1 : l&apos;objet n&apos;a pas été ajouté, vous pouvez donc réessayer.</translation>
    </message>
    <message>
        <source>The answer was lost, but the list read again no longer shows %1: it was deleted.</source>
        <translation>La réponse a été perdue, mais la liste relue n&apos;affiche plus %1 : l&apos;objet a été supprimé.</translation>
    </message>
    <message>
        <source>The answer was lost, and the list read again still shows %1: it was not deleted, so you can try again.</source>
        <translation>La réponse a été perdue et la liste relue affiche toujours %1 : l&apos;objet n&apos;a pas été supprimé, vous pouvez donc réessayer.</translation>
    </message>
    <message>
        <source>The answer was lost, so whether the change to %1 was made is unknown: check it before retrying.</source>
        <translation>La réponse a été perdue : on ne sait donc pas si la modification de %1 a été effectuée. Vérifiez-la avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>GatewayAddDialog</name>
    <message>
        <source>Add Secure Gateway</source>
        <translation>Ajouter une passerelle sécurisée</translation>
    </message>
    <message>
        <source>&amp;Server (FQDN or IP):</source>
        <translation>&amp;Serveur (FQDN ou IP)&#xa0;:</translation>
    </message>
    <message>
        <source>ras-gw05.corp.example.com</source>
        <translation>ras-gw05.corp.example.com</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>&amp;Transférer vers&#xa0;:</translation>
    </message>
    <message>
        <source>Enable &amp;HTML5 client (User Portal over SSL)</source>
        <translation>Activer le client &amp;HTML5 (portail utilisateur via SSL)</translation>
    </message>
    <message>
        <source>Install the RAS Secure Gateway on the server</source>
        <translation>Installer la passerelle sécurisée RAS sur le serveur</translation>
    </message>
    <message>
        <source>Install as &amp;user:</source>
        <translation>Installer en tant qu&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty to use your RAS administrator account</source>
        <translation>Laisser vide pour utiliser votre compte administrateur RAS</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restart the server if the installation needs it</source>
        <translation>&amp;Redémarrer le serveur si l&apos;installation l&apos;exige</translation>
    </message>
    <message>
        <source>Add &amp;firewall rules</source>
        <translation>Ajouter des règles de pare-&amp;feu</translation>
    </message>
    <message>
        <source>Mode, forwarding and HTML5 are set right after the gateway is added; everything else starts with the default settings and can be changed in its properties. It reports &quot;Not applied&quot; until you apply settings.</source>
        <translation>Le mode, le transfert et HTML5 sont définis juste après l&apos;ajout de la passerelle&#xa0;; tout le reste commence avec les paramètres par défaut et peut être modifié dans ses propriétés. Elle indique «&#xa0;Non appliqué&#xa0;» tant que vous n&apos;avez pas appliqué les paramètres.</translation>
    </message>
    <message>
        <source>Applies only in forwarding mode.</source>
        <translation>S&apos;applique uniquement en mode transfert.</translation>
    </message>
    <message>
        <source>A forwarding gateway needs another Secure Gateway in its Site to forward to; this Site has none yet. Add this one in normal mode.</source>
        <translation>Une passerelle de transfert a besoin d&apos;une autre passerelle sécurisée dans son site vers laquelle transférer&#xa0;; ce site n&apos;en a pas encore. Ajoutez celle-ci en mode normal.</translation>
    </message>
    <message>
        <source>Tick the Secure Gateways this gateway forwards to.</source>
        <translation>Cochez les passerelles sécurisées vers lesquelles cette passerelle transfère.</translation>
    </message>
    <message>
        <source>Enter the password of the install account, or leave the user empty.</source>
        <translation>Saisissez le mot de passe du compte d&apos;installation ou laissez l&apos;utilisateur vide.</translation>
    </message>
</context>
<context>
    <name>GatewayField</name>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;.</source>
        <translation>%1 doit valoir true ou false, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 doit être un nombre entier de %2 à %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (or its number), not &apos;%3&apos;.</source>
        <translation>%1 doit être l&apos;une des valeurs %2 (ou son numéro), et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1 must be %2 to %3 characters long.</source>
        <translation>%1 doit comporter de %2 à %3 caractères.</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>Impossible de modifier %1.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Forward to gateways</source>
        <translation>Transférer vers les passerelles</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>Version IP</translation>
    </message>
    <message>
        <source>IPs for client connections</source>
        <translation>IP pour les connexions des clients</translation>
    </message>
    <message>
        <source>Bind IPv4 addresses</source>
        <translation>Adresses IPv4 liées</translation>
    </message>
    <message>
        <source>Bind IPv6 addresses</source>
        <translation>Adresses IPv6 liées</translation>
    </message>
    <message>
        <source>Optimize connections (IPv4)</source>
        <translation>Optimiser les connexions (IPv4)</translation>
    </message>
    <message>
        <source>Optimize connections (IPv6)</source>
        <translation>Optimiser les connexions (IPv6)</translation>
    </message>
    <message>
        <source>Enable gateway port</source>
        <translation>Activer le port de la passerelle</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Port de la passerelle</translation>
    </message>
    <message>
        <source>Enable RDP port</source>
        <translation>Activer le port RDP</translation>
    </message>
    <message>
        <source>RDP port</source>
        <translation>Port RDP</translation>
    </message>
    <message>
        <source>Enable RDP UDP data tunnelling</source>
        <translation>Activer le tunnel de données UDP RDP</translation>
    </message>
    <message>
        <source>Broadcast gateway address</source>
        <translation>Diffuser l&apos;adresse de la passerelle</translation>
    </message>
    <message>
        <source>Enable denial-of-service protection</source>
        <translation>Activer la protection contre le déni de service</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>Enable SSL</source>
        <translation>Activer SSL</translation>
    </message>
    <message>
        <source>SSL port</source>
        <translation>Port SSL</translation>
    </message>
    <message>
        <source>Accepted SSL/TLS versions</source>
        <translation>Versions SSL/TLS acceptées</translation>
    </message>
    <message>
        <source>Cipher strength</source>
        <translation>Force du chiffrement</translation>
    </message>
    <message>
        <source>Cipher string</source>
        <translation>Chaîne de chiffrement</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation>HSTS</translation>
    </message>
    <message>
        <source>Enforce HTTP Strict Transport Security</source>
        <translation>Imposer HTTP Strict Transport Security</translation>
    </message>
    <message>
        <source>Max age (months)</source>
        <translation>Durée maximale (mois)</translation>
    </message>
    <message>
        <source>Include subdomains</source>
        <translation>Inclure les sous-domaines</translation>
    </message>
    <message>
        <source>Preload</source>
        <translation>Préchargement</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Portail web</translation>
    </message>
    <message>
        <source>Enable User Portal</source>
        <translation>Activer le portail utilisateur</translation>
    </message>
    <message>
        <source>User Portal port</source>
        <translation>Port du portail utilisateur</translation>
    </message>
    <message>
        <source>Launch method</source>
        <translation>Méthode de lancement</translation>
    </message>
    <message>
        <source>Let users choose the launch method</source>
        <translation>Laisser les utilisateurs choisir la méthode de lancement</translation>
    </message>
    <message>
        <source>Allow embedding in other web pages</source>
        <translation>Autoriser l&apos;intégration dans d&apos;autres pages web</translation>
    </message>
    <message>
        <source>Open applications in a new tab</source>
        <translation>Ouvrir les applications dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Allow file transfer</source>
        <translation>Autoriser le transfert de fichiers</translation>
    </message>
    <message>
        <source>Allow clipboard</source>
        <translation>Autoriser le presse-papiers</translation>
    </message>
    <message>
        <source>Use pre-Windows 2000 logon format</source>
        <translation>Utiliser le format de connexion antérieur à Windows 2000</translation>
    </message>
    <message>
        <source>Web requests URL</source>
        <translation>URL des requêtes web</translation>
    </message>
    <message>
        <source>Client management</source>
        <translation>Gestion des clients</translation>
    </message>
    <message>
        <source>Enable client management port</source>
        <translation>Activer le port de gestion des clients</translation>
    </message>
    <message>
        <source>Enable Wyse ThinOS support</source>
        <translation>Activer la prise en charge de Wyse ThinOS</translation>
    </message>
    <message>
        <source>MAC address filter</source>
        <translation>Filtre d&apos;adresses MAC</translation>
    </message>
    <message>
        <source>Denied MAC addresses</source>
        <translation>Adresses MAC refusées</translation>
    </message>
    <message>
        <source>Allowed MAC addresses</source>
        <translation>Adresses MAC autorisées</translation>
    </message>
    <message>
        <source>Secure Gateway ID</source>
        <translation>ID de la passerelle sécurisée</translation>
    </message>
    <message>
        <source>Preferred Connection Broker</source>
        <translation>Broker de connexion préféré</translation>
    </message>
    <message>
        <source>Forward other requests to HTTP servers</source>
        <translation>Transférer les autres requêtes vers des serveurs HTTP</translation>
    </message>
    <message>
        <source>HTTP servers</source>
        <translation>Serveurs HTTP</translation>
    </message>
    <message>
        <source>Forwarding gateway</source>
        <translation>Passerelle de transfert</translation>
    </message>
</context>
<context>
    <name>GatewayFieldDependencies</name>
    <message>
        <source>Applies only in normal mode (see Mode).</source>
        <translation>S&apos;applique uniquement en mode normal (voir Mode).</translation>
    </message>
    <message>
        <source>Applies only in normal mode with forwarding to HTTP servers switched on.</source>
        <translation>S&apos;applique uniquement en mode normal avec le transfert vers des serveurs HTTP activé.</translation>
    </message>
    <message>
        <source>Applies only in forwarding mode (see Mode).</source>
        <translation>S&apos;applique uniquement en mode transfert (voir Mode).</translation>
    </message>
    <message>
        <source>Applies only while the gateway port is enabled.</source>
        <translation>S&apos;applique uniquement lorsque le port de la passerelle est activé.</translation>
    </message>
    <message>
        <source>Applies only while the RDP port is enabled.</source>
        <translation>S&apos;applique uniquement lorsque le port RDP est activé.</translation>
    </message>
    <message>
        <source>Applies only while SSL is enabled.</source>
        <translation>S&apos;applique uniquement lorsque SSL est activé.</translation>
    </message>
    <message>
        <source>Applies only while SSL is enabled and the cipher strength is Custom.</source>
        <translation>S&apos;applique uniquement lorsque SSL est activé et que la force du chiffrement est «&#xa0;Personnalisé&#xa0;».</translation>
    </message>
    <message>
        <source>Applies only while HSTS is enforced.</source>
        <translation>S&apos;applique uniquement lorsque HSTS est imposé.</translation>
    </message>
    <message>
        <source>Applies only while the User Portal is enabled.</source>
        <translation>S&apos;applique uniquement lorsque le portail utilisateur est activé.</translation>
    </message>
    <message>
        <source>Applies only when the MAC address filter allows all except listed addresses.</source>
        <translation>S&apos;applique uniquement lorsque le filtre d&apos;adresses MAC autorise tout sauf les adresses de la liste.</translation>
    </message>
    <message>
        <source>Applies only when the MAC address filter allows only listed addresses.</source>
        <translation>S&apos;applique uniquement lorsque le filtre d&apos;adresses MAC autorise uniquement les adresses de la liste.</translation>
    </message>
</context>
<context>
    <name>GatewayInputRules</name>
    <message>
        <source>%1: &apos;%2&apos; is not an IPv4 or IPv6 address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an IPv4 address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an IPv6 address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a server name or address with an optional port (1 to 65535).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni un nom de serveur ni une adresse avec un port facultatif (1 à 65535).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a MAC address such as 00-1A-2B-3C-4D-5E.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse MAC telle que 00-1A-2B-3C-4D-5E.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http:// or https:// address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>%1 and %2 are both %3: each needs a port of its own.</source>
        <translation>%1 et %2 valent tous deux %3&#xa0;: chacun a besoin de son propre port.</translation>
    </message>
</context>
<context>
    <name>GatewayModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Aucun état</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IP</translation>
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
        <translation>Portail utilisateur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Version de l&apos;agent</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>FQDN or IP of the gateway</source>
        <translation>FQDN ou IP de la passerelle</translation>
    </message>
    <message>
        <source>Agent state reported by the gateway</source>
        <translation>État de l&apos;agent signalé par la passerelle</translation>
    </message>
    <message>
        <source>CPU load</source>
        <translation>Charge du processeur</translation>
    </message>
    <message>
        <source>Memory load</source>
        <translation>Charge de la mémoire</translation>
    </message>
    <message>
        <source>Site the gateway belongs to</source>
        <translation>Site auquel appartient la passerelle</translation>
    </message>
    <message>
        <source>Whether the gateway accepts connections</source>
        <translation>Indique si la passerelle accepte les connexions</translation>
    </message>
    <message>
        <source>Normal, or forwarding to another gateway</source>
        <translation>Normal, ou transfert vers une autre passerelle</translation>
    </message>
    <message>
        <source>IPs offered for client connections</source>
        <translation>IP proposées pour les connexions client</translation>
    </message>
    <message>
        <source>Gateway, SSL and RDP ports that are enabled</source>
        <translation>Ports de passerelle, SSL et RDP activés</translation>
    </message>
    <message>
        <source>Lowest TLS version accepted</source>
        <translation>Version TLS minimale acceptée</translation>
    </message>
    <message>
        <source>HTTP Strict Transport Security max age</source>
        <translation>Durée maximale HTTP Strict Transport Security</translation>
    </message>
    <message>
        <source>HTML5 User Portal</source>
        <translation>Portail utilisateur HTML5</translation>
    </message>
    <message>
        <source>RAS agent version</source>
        <translation>Version de l&apos;agent RAS</translation>
    </message>
    <message>
        <source>When this status was fetched</source>
        <translation>Date à laquelle cet état a été récupéré</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <comment>HSTS max age</comment>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayPropertiesDialog</name>
    <message>
        <source>Secure Gateway properties</source>
        <translation>Propriétés de la passerelle sécurisée</translation>
    </message>
    <message>
        <source>%1 - Secure Gateway properties</source>
        <translation>%1 – Propriétés de la passerelle sécurisée</translation>
    </message>
    <message>
        <source>API field %1</source>
        <translation>Champ API %1</translation>
    </message>
    <message>
        <source>Separate entries with commas</source>
        <translation>Séparez les entrées par des virgules</translation>
    </message>
    <message>
        <source>HSTS needs SSL: enable SSL on the SSL/TLS tab, or switch HSTS off.</source>
        <translation>HSTS exige SSL&#xa0;: activez SSL dans l&apos;onglet SSL/TLS ou désactivez HSTS.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field&apos;s label in a form; French puts a space before the colon</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown Site (ID %1)</source>
        <translation>Site inconnu (ID %1)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>N&apos;importe lequel</translation>
    </message>
    <message>
        <source>Unknown Connection Broker (ID %1)</source>
        <translation>Broker de connexion inconnu (ID %1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a server and, in brackets, its Site</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown Secure Gateway (ID %1)</source>
        <translation>Passerelle sécurisée inconnue (ID %1)</translation>
    </message>
    <message>
        <source>Not a Secure Gateway of this farm</source>
        <translation>Pas une passerelle sécurisée de cette ferme</translation>
    </message>
    <message>
        <source>A gateway in forwarding mode needs a gateway to forward to: tick one under Forward to gateways.</source>
        <translation>Une passerelle en mode transfert a besoin d&apos;une passerelle vers laquelle transférer&#xa0;: cochez-en une sous «&#xa0;Transférer vers les passerelles&#xa0;».</translation>
    </message>
</context>
<context>
    <name>GatewaysPage</name>
    <message>
        <source>Secure Gateways</source>
        <translation>Passerelles sécurisées</translation>
    </message>
    <message>
        <source>All Secure Gateways</source>
        <translation>Toutes les passerelles sécurisées</translation>
    </message>
    <message>
        <source>Delete Secure Gateway</source>
        <translation>Supprimer la passerelle sécurisée</translation>
    </message>
    <message>
        <source>Delete Secure Gateway %1? The change is staged until Apply Settings.</source>
        <translation>Supprimer la passerelle sécurisée %1&#xa0;? La modification reste en attente jusqu&apos;à «&#xa0;Appliquer les paramètres&#xa0;».</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow adding Secure Gateways here.</source>
        <translation>Vos droits d&apos;administrateur ne vous permettent pas d&apos;ajouter des passerelles sécurisées ici.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow deleting this Secure Gateway.</source>
        <translation>Vos droits d&apos;administrateur ne vous permettent pas de supprimer cette passerelle sécurisée.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow changing this Secure Gateway.</source>
        <translation>Vos droits d&apos;administrateur ne vous permettent pas de modifier cette passerelle sécurisée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>a status entry has no valid id</source>
        <translation>une entrée d&apos;état n&apos;a pas d&apos;ID valide</translation>
    </message>
    <message>
        <source>a broker has no valid id</source>
        <translation>un broker de connexion n&apos;a pas d&apos;ID valide</translation>
    </message>
    <message>
        <source>a client policy has no valid id</source>
        <translation>une stratégie client n&apos;a pas d&apos;ID valide</translation>
    </message>
    <message>
        <source>a gateway has no valid id</source>
        <translation>une passerelle sécurisée n&apos;a pas d&apos;ID valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <comment>a field of the server&apos;s answer; what it should be</comment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a 32-bit integer</source>
        <translation>un entier sur 32 bits</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a known enum value</source>
        <translation>une valeur connue</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <comment>a JSON syntax error, where in the answer (a byte count)</comment>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>a list was expected</source>
        <translation>une liste était attendue</translation>
    </message>
    <message>
        <source>a list entry is not an object</source>
        <translation>une entrée de la liste n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>a secondary connection is unreadable: %1</source>
        <translation>une connexion secondaire est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is too large to decode in the memory available</source>
        <translation>elle est trop volumineuse pour être décodée dans la mémoire disponible</translation>
    </message>
    <message>
        <source>decoding failed</source>
        <translation>le décodage a échoué</translation>
    </message>
    <message>
        <source>a site has no valid id</source>
        <translation>un site n&apos;a pas d&apos;ID valide</translation>
    </message>
</context>
<context>
    <name>LoadHistoryChart</name>
    <message>
        <source>CPU %</source>
        <translation>Processeur&#xa0;%</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>Mémoire&#xa0;%</translation>
    </message>
</context>
<context>
    <name>LoadStateBar</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Non chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>As of %1; the last refresh failed: %2</source>
        <translation>État à %1&#xa0;; la dernière actualisation a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LogonAttempt</name>
    <message>
        <source>%1
If the certificate was replaced on purpose, choose &quot;Forget trusted certificate&quot; and log on again.</source>
        <translation>%1
Si le certificat a été remplacé volontairement, choisissez «&#xa0;Oublier le certificat approuvé&#xa0;» et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LogonDialog</name>
    <message>
        <source>Log on to a RAS farm</source>
        <translation>Se connecter à une ferme RAS</translation>
    </message>
    <message>
        <source>Connect to the RAS Web Administration Service (HTTPS, port 20443 unless you give another).</source>
        <translation>Connexion au RAS Web Administration Service (HTTPS, port 20443 sauf si vous en indiquez un autre).</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Host name, host:port or URL of the RAS Web Administration Service</source>
        <translation>Nom d&apos;hôte, hôte:port ou URL du RAS Web Administration Service</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>DOMAIN\administrator</source>
        <translation>DOMAINE\administrator</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Logging on…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Mémo&amp;riser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Forget trusted certificate</source>
        <translation>Oublier le certificat approuvé</translation>
    </message>
    <message>
        <source>The trusted certificate was forgotten; log on to see the server&apos;s new one.</source>
        <translation>Le certificat approuvé a été oublié&#xa0;; connectez-vous pour voir le nouveau certificat du serveur.</translation>
    </message>
    <message>
        <source>Allow &amp;unencrypted HTTP to this server</source>
        <translation>Autoriser HTTP &amp;non chiffré vers ce serveur</translation>
    </message>
    <message>
        <source>The password and all farm data cross the network in clear. Use this only on a network you trust.</source>
        <translation>Le mot de passe et toutes les données de la ferme transitent en clair. N&apos;utilisez cette option que sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>This address uses plain http://, so the password would cross the network unencrypted. Use https://, or allow unencrypted HTTP below.</source>
        <translation>Cette adresse utilise http:// sans chiffrement : le mot de passe transiterait donc en clair. Utilisez https:// ou autorisez HTTP non chiffré ci-dessous.</translation>
    </message>
    <message>
        <source>Warning: the password and all farm data will cross the network unencrypted.</source>
        <translation>Attention : le mot de passe et toutes les données de la ferme transiteront sur le réseau en clair.</translation>
    </message>
</context>
<context>
    <name>LogonFlow</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>It is self-signed: no certificate authority vouches for it.</source>
        <translation>Il est auto-signé&#xa0;: aucune autorité de certification ne s&apos;en porte garante.</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Il a expiré le %1.</translation>
    </message>
    <message>
        <source>It is not valid before %1.</source>
        <translation>Il n&apos;est pas valide avant le %1.</translation>
    </message>
    <message>
        <source>Its name (%1) differs from the server you entered (%2).</source>
        <translation>Son nom (%1) diffère du serveur saisi (%2).</translation>
    </message>
    <message>
        <source>It was issued by a certificate authority this computer does not trust.</source>
        <translation>Il a été émis par une autorité de certification que cet ordinateur n&apos;approuve pas.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.
%2

Subject: %3
Issuer: %4
Valid: %5 to %6
SHA-256: %7

Compare the fingerprint with the one shown on the server. Trust this certificate for this server from now on?</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé par cet ordinateur.
%2

Sujet&#xa0;: %3
Émetteur&#xa0;: %4
Valide&#xa0;: du %5 au %6
SHA-256&#xa0;: %7

Comparez l&apos;empreinte avec celle affichée sur le serveur. Approuver désormais ce certificat pour ce serveur&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RAS Console (read-only)</source>
        <translation>Console RAS (lecture seule)</translation>
    </message>
    <message>
        <source>RAS Console</source>
        <translation>Console RAS</translation>
    </message>
    <message>
        <source>The session ended and logging on again failed: %1</source>
        <translation>La session a pris fin et la reconnexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Modifications non appliquées</translation>
    </message>
    <message>
        <source>Log on again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>The server ended the session (%1). Enter the password to continue.</source>
        <translation>Le serveur a mis fin à la session (%1). Saisissez le mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>RAS Console (read-only: your administrator rights allow viewing only)</source>
        <translation>Console RAS (lecture seule&#xa0;: vos droits d&apos;administrateur permettent uniquement la consultation)</translation>
    </message>
    <message>
        <source>RAS Console (read-only: your administrator rights could not be read)</source>
        <translation>Console RAS (lecture seule&#xa0;: vos droits d&apos;administrateur n&apos;ont pas pu être lus)</translation>
    </message>
    <message>
        <source>Status refresh:</source>
        <translation>Actualisation de l&apos;état&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Every %n seconds</source>
        <comment>status refresh interval</comment>
        <translation>
            <numerusform>Intervalle de %n seconde</numerusform>
            <numerusform>Toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <comment>status refresh interval</comment>
        <translation>
            <numerusform>Intervalle de %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>How often broker and gateway status is refreshed.</source>
        <translation>Fréquence d&apos;actualisation de l&apos;état des brokers de connexion et des passerelles sécurisées.</translation>
    </message>
    <message>
        <source>Copied. Set RAS_TOKEN in the shell before running it.</source>
        <translation>Copié. Définissez RAS_TOKEN dans l&apos;interpréteur de commandes avant de l&apos;exécuter.</translation>
    </message>
    <message>
        <source>Part of the farm could not be loaded, so some tables show older data: %1</source>
        <translation>Une partie de la ferme n&apos;a pas pu être chargée&#xa0;; certains tableaux affichent donc des données plus anciennes&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are logged on as a custom administrator: commands your rights do not allow are disabled, and their tooltips say why.</source>
        <translation>Vous êtes connecté en tant qu&apos;administrateur personnalisé : les commandes que vos droits n&apos;autorisent pas sont désactivées, et leurs info-bulles en indiquent la raison.</translation>
    </message>
    <message>
        <source>One change made in this session has not been applied to the farm.</source>
        <translation>Une modification faite dans cette session n&apos;a pas été appliquée à la ferme.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes made in this session have not been applied to the farm.</source>
        <translation>
            <numerusform>%Ln modification faite dans cette session n&apos;a pas été appliquée à la ferme.</numerusform>
            <numerusform>%Ln modifications faites dans cette session n&apos;ont pas été appliquées à la ferme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply and quit</source>
        <translation>Appliquer et quitter</translation>
    </message>
    <message>
        <source>Quit without applying</source>
        <translation>Quitter sans appliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>That object is no longer in the farm, so no page can show it.</source>
        <translation>Cet objet n’est plus dans la ferme : aucune page ne peut l’afficher.</translation>
    </message>
    <message>
        <source>Part of the farm could not be loaded: %1</source>
        <translation>Une partie de la ferme n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Farm</source>
        <translation>Ferme</translation>
    </message>
    <message>
        <source>Connected to the Connection Broker %1</source>
        <translation>Connecté au broker de connexion %1</translation>
    </message>
    <message>
        <source>%1 (licensing)</source>
        <comment>Site name</comment>
        <translation>%1 (licences)</translation>
    </message>
    <message>
        <source>Site status: %1</source>
        <translation>État du site&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — 1 problem</source>
        <comment>kind of server — one server needs attention</comment>
        <translation>%1 — 1 problème</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln problems</source>
        <comment>kind of server — servers that need attention</comment>
        <translation>
            <numerusform>%1 — %Ln problème</numerusform>
            <numerusform>%1 — %Ln problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPage</name>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The table was exported to %1.</source>
        <translation>Le tableau a été exporté vers %1.</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour en afficher les détails.</translation>
    </message>
    <message>
        <source>Logging on to %1 as %2…</source>
        <translation>Connexion à %1 en tant que %2…</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Chargement depuis %1…</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The change has been sent and cannot be called back. Closing stops waiting here; the outcome will be shown in the main window.</source>
        <translation>La modification a été envoyée et ne peut plus être annulée. Fermer cette fenêtre met fin à l&apos;attente&#xa0;; le résultat s&apos;affichera dans la fenêtre principale.</translation>
    </message>
</context>
<context>
    <name>PendingChangeText</name>
    <message>
        <source>primary</source>
        <comment>a broker&apos;s priority 0</comment>
        <translation>principal</translation>
    </message>
    <message>
        <source>Added; its answer was lost, but the list read again shows it.</source>
        <translation>Ajout ; la réponse a été perdue, mais la liste relue contient l’objet.</translation>
    </message>
    <message>
        <source>Added to Site %1 as its primary broker.</source>
        <translation>Ajout au site %1 comme broker de connexion principal.</translation>
    </message>
    <message>
        <source>Added to Site %1 with priority %2.</source>
        <translation>Ajout au site %1 avec la priorité %2.</translation>
    </message>
    <message>
        <source>Added at position %1 of the policy order.</source>
        <translation>Ajout en position %1 dans l’ordre des stratégies.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Ajout.</translation>
    </message>
    <message>
        <source>Added to Site %1.</source>
        <translation>Ajout au site %1.</translation>
    </message>
    <message>
        <source>Deleted; its answer was lost, but the list read again no longer shows it.</source>
        <translation>Suppression ; la réponse a été perdue, mais la liste relue ne contient plus l’objet.</translation>
    </message>
    <message>
        <source>Deleted; its agent stays installed on the server.</source>
        <translation>Suppression ; l’agent reste installé sur le serveur.</translation>
    </message>
    <message>
        <source>Deleted, and its agent is uninstalled from the server.</source>
        <translation>Suppression ; l’agent est désinstallé du serveur.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Suppression.</translation>
    </message>
    <message>
        <source>Moved up: priority %1 → %2.</source>
        <translation>Déplacement vers le haut : priorité %1 → %2.</translation>
    </message>
    <message>
        <source>Moved down: priority %1 → %2.</source>
        <translation>Déplacement vers le bas : priorité %1 → %2.</translation>
    </message>
    <message>
        <source>Moved up in the policy order: position %1 → %2.</source>
        <translation>Déplacement vers le haut dans l’ordre des stratégies : position %1 → %2.</translation>
    </message>
    <message>
        <source>Moved down in the policy order: position %1 → %2.</source>
        <translation>Déplacement vers le bas dans l’ordre des stratégies : position %1 → %2.</translation>
    </message>
    <message>
        <source>Moved up.</source>
        <translation>Déplacement vers le haut.</translation>
    </message>
    <message>
        <source>Moved down.</source>
        <translation>Déplacement vers le bas.</translation>
    </message>
    <message>
        <source>A secondary connection was added.</source>
        <translation>Une connexion secondaire a été ajoutée.</translation>
    </message>
    <message>
        <source>A secondary connection was removed.</source>
        <translation>Une connexion secondaire a été supprimée.</translation>
    </message>
    <message>
        <source>Secondary connection added: %1 on port %2, mode %3.</source>
        <translation>Ajout d’une connexion secondaire : %1 sur le port %2, mode %3.</translation>
    </message>
    <message>
        <source>Secondary connection removed: %1 on port %2, mode %3.</source>
        <translation>Suppression d’une connexion secondaire : %1 sur le port %2, mode %3.</translation>
    </message>
    <message>
        <source>%1 changed: %2 → %3.</source>
        <comment>a field&apos;s label, its value before and after</comment>
        <translation>%1 : %2 → %3.</translation>
    </message>
    <message>
        <source>%1 set to %2.</source>
        <comment>a field&apos;s label and its new value</comment>
        <translation>%1 : nouvelle valeur %2.</translation>
    </message>
    <message>
        <source>Connection Broker %1</source>
        <translation>Broker de connexion %1</translation>
    </message>
    <message>
        <source>Secure Gateway %1</source>
        <translation>Passerelle sécurisée %1</translation>
    </message>
    <message>
        <source>Client policy %1</source>
        <translation>Stratégie client %1</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Modification.</translation>
    </message>
    <message>
        <source>Promoted to primary: priority %1 → primary.</source>
        <translation>Promotion en principal : priorité %1 → principal.</translation>
    </message>
    <message>
        <source>Promoted to primary.</source>
        <translation>Promotion en principal.</translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation>Activation.</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Désactivation.</translation>
    </message>
    <message>
        <source>New</source>
        <comment>what an object&apos;s pending changes do</comment>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>what an object&apos;s pending changes do</comment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>what an object&apos;s pending changes do</comment>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Added and deleted again</source>
        <comment>what an object&apos;s pending changes do</comment>
        <translation>Ajout puis suppression</translation>
    </message>
    <message>
        <source>Moved down as %1 was promoted to primary: priority %2 → %3.</source>
        <translation>Déplacement vers le bas, car %1 a été promu en principal&#xa0;: priorité %2 → %3.</translation>
    </message>
    <message>
        <source>Moved down as %1 moved up: priority %2 → %3.</source>
        <translation>Déplacement vers le bas, car %1 est monté&#xa0;: priorité %2 → %3.</translation>
    </message>
    <message>
        <source>Moved up as %1 moved down: priority %2 → %3.</source>
        <translation>Déplacement vers le haut, car %1 est descendu&#xa0;: priorité %2 → %3.</translation>
    </message>
    <message>
        <source>Moved up as %1 was deleted: priority %2 → %3.</source>
        <translation>Déplacement vers le haut, car %1 a été supprimé&#xa0;: priorité %2 → %3.</translation>
    </message>
    <message>
        <source>Priority changed as %1 changed: %2 → %3.</source>
        <translation>Priorité modifiée, car %1 a été modifié&#xa0;: %2 → %3.</translation>
    </message>
    <message>
        <source>Moved down in the policy order as %1 moved up: position %2 → %3.</source>
        <translation>Déplacement vers le bas dans l’ordre des stratégies, car %1 est montée&#xa0;: position %2 → %3.</translation>
    </message>
    <message>
        <source>Moved up in the policy order as %1 moved down: position %2 → %3.</source>
        <translation>Déplacement vers le haut dans l’ordre des stratégies, car %1 est descendue&#xa0;: position %2 → %3.</translation>
    </message>
    <message>
        <source>Moved up in the policy order as %1 was deleted: position %2 → %3.</source>
        <translation>Déplacement vers le haut dans l’ordre des stratégies, car %1 a été supprimée&#xa0;: position %2 → %3.</translation>
    </message>
    <message>
        <source>Position in the policy order changed as %1 changed: %2 → %3.</source>
        <translation>Position dans l’ordre des stratégies modifiée, car %1 a été modifiée&#xa0;: %2 → %3.</translation>
    </message>
</context>
<context>
    <name>PendingChangesDock</name>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
</context>
<context>
    <name>PendingChangesModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Object and change</source>
        <translation>Objet et modification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <source>Client Policies</source>
        <translation>Stratégies client</translation>
    </message>
    <message>
        <source>Delete client policy</source>
        <translation>Supprimer la stratégie client</translation>
    </message>
    <message>
        <source>Delete client policy %1? The change is staged until Apply Settings.</source>
        <translation>Supprimer la stratégie client %1&#xa0;? La modification reste en attente jusqu&apos;à «&#xa0;Appliquer les paramètres&#xa0;».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Secondary connection</source>
        <translation>Connexion secondaire</translation>
    </message>
    <message>
        <source>%1 %2:%3</source>
        <comment>mode, server and port of a secondary connection</comment>
        <translation>%1 %2:%3</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow adding client policies.</source>
        <translation>Vos droits d&apos;administrateur ne vous permettent pas d&apos;ajouter des stratégies client.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow deleting client policies.</source>
        <translation>Vos droits d&apos;administrateur ne vous permettent pas de supprimer des stratégies client.</translation>
    </message>
    <message>
        <source>Your administrator rights do not allow changing client policies.</source>
        <translation>Vos droits d&apos;administrateur ne vous permettent pas de modifier des stratégies client.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PolicyChanges</name>
    <message>
        <source>Enter a name for the policy.</source>
        <translation>Saisissez un nom pour la stratégie.</translation>
    </message>
    <message>
        <source>The name may have at most 255 characters.</source>
        <translation>Le nom ne peut pas dépasser 255 caractères.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Client policy</source>
        <translation>Stratégie client</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>%1 - Client policy properties</source>
        <translation>%1 – Propriétés de la stratégie client</translation>
    </message>
    <message>
        <source>Add client policy</source>
        <translation>Ajouter une stratégie client</translation>
    </message>
</context>
<context>
    <name>PolicyModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>No secondary connections</source>
        <translation>Aucune connexion secondaire</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Secondary connections</source>
        <translation>Connexions secondaires</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Policies are evaluated top to bottom; the first that matches applies</source>
        <translation>Les stratégies sont évaluées de haut en bas&#xa0;; la première qui correspond s&apos;applique</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Nom de la stratégie</translation>
    </message>
    <message>
        <source>Whether the policy is applied</source>
        <translation>Indique si la stratégie est appliquée</translation>
    </message>
    <message>
        <source>Connections the client tries when the primary connection fails</source>
        <translation>Connexions que le client essaie lorsque la connexion principale échoue</translation>
    </message>
    <message>
        <source>Who changed the policy last, and when</source>
        <translation>Qui a modifié la stratégie en dernier, et quand</translation>
    </message>
</context>
<context>
    <name>ProblemNotice</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Connection Broker %1 needs attention: %2.</source>
        <translation>Le broker de connexion %1 requiert une intervention&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Connection Broker %1 is fine again: %2.</source>
        <translation>Le broker de connexion %1 est de nouveau en ordre&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 needs attention: %2.</source>
        <translation>La passerelle sécurisée %1 requiert une intervention&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Secure Gateway %1 is fine again: %2.</source>
        <translation>La passerelle sécurisée %1 est de nouveau en ordre&#xa0;: %2.</translation>
    </message>
    <message>
        <source>1 Connection Broker started to need attention.</source>
        <translation>1 broker de connexion requiert désormais une intervention.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Connection Brokers started to need attention.</source>
        <translation>
            <numerusform>%Ln broker de connexion requiert désormais une intervention.</numerusform>
            <numerusform>%Ln brokers de connexion requièrent désormais une intervention.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Connection Broker is fine again.</source>
        <translation>1 broker de connexion est de nouveau en ordre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Connection Brokers are fine again.</source>
        <translation>
            <numerusform>%Ln broker de connexion est de nouveau en ordre.</numerusform>
            <numerusform>%Ln brokers de connexion sont de nouveau en ordre.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Secure Gateway started to need attention.</source>
        <translation>1 passerelle sécurisée requiert désormais une intervention.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Secure Gateways started to need attention.</source>
        <translation>
            <numerusform>%Ln passerelle sécurisée requiert désormais une intervention.</numerusform>
            <numerusform>%Ln passerelles sécurisées requièrent désormais une intervention.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Secure Gateway is fine again.</source>
        <translation>1 passerelle sécurisée est de nouveau en ordre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Secure Gateways are fine again.</source>
        <translation>
            <numerusform>%Ln passerelle sécurisée est de nouveau en ordre.</numerusform>
            <numerusform>%Ln passerelles sécurisées sont de nouveau en ordre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Log-on failed</source>
        <translation>Échec de la connexion</translation>
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
        <translation>Échec de l&apos;énumération des sessions</translation>
    </message>
    <message>
        <source>RDS role disabled</source>
        <translation>Rôle RDS désactivé</translation>
    </message>
    <message>
        <source>Too many incomplete sessions</source>
        <translation>Trop de sessions incomplètes</translation>
    </message>
    <message>
        <source>Schedule in progress</source>
        <translation>Planification en cours</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Invalid credentials</source>
        <translation>Informations d&apos;identification non valides</translation>
    </message>
    <message>
        <source>Needs Sysprep</source>
        <translation>Sysprep requis</translation>
    </message>
    <message>
        <source>Sysprep in progress</source>
        <translation>Sysprep en cours</translation>
    </message>
    <message>
        <source>Cloning failed</source>
        <translation>Échec du clonage</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Drain until restart</source>
        <translation>Drainage jusqu&apos;au redémarrage</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drainage</translation>
    </message>
    <message>
        <source>Logons disabled</source>
        <translation>Connexions désactivées</translation>
    </message>
    <message>
        <source>Forced disconnect</source>
        <translation>Déconnexion forcée</translation>
    </message>
    <message>
        <source>Cloning canceled</source>
        <translation>Clonage annulé</translation>
    </message>
    <message>
        <source>RASprep in progress</source>
        <translation>RASprep en cours</translation>
    </message>
    <message>
        <source>Installing RDS role</source>
        <translation>Installation du rôle RDS</translation>
    </message>
    <message>
        <source>Reboot pending</source>
        <translation>Redémarrage en attente</translation>
    </message>
    <message>
        <source>Port mismatch</source>
        <translation>Port incohérent</translation>
    </message>
    <message>
        <source>Needs downgrade</source>
        <translation>Rétrogradation requise</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <source>Cloning in progress</source>
        <translation>Clonage en cours</translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation>Marqué pour suppression</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Unsupported VDI type</source>
        <translation>Type VDI non pris en charge</translation>
    </message>
    <message>
        <source>Free ESX licence not supported</source>
        <translation>Licence ESX gratuite non prise en charge</translation>
    </message>
    <message>
        <source>Managed ESX not supported</source>
        <translation>ESX géré non pris en charge</translation>
    </message>
    <message>
        <source>Invalid host version</source>
        <translation>Version de l&apos;hôte non valide</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>Licence expirée</translation>
    </message>
    <message>
        <source>Join broken</source>
        <translation>Jonction rompue</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>No available gateways</source>
        <translation>Aucune passerelle disponible</translation>
    </message>
    <message>
        <source>Enrollment server not initialised</source>
        <translation>Serveur d&apos;inscription non initialisé</translation>
    </message>
    <message>
        <source>Enrollment unavailable</source>
        <translation>Inscription indisponible</translation>
    </message>
    <message>
        <source>Invalid CA configuration</source>
        <translation>Configuration de l&apos;AC non valide</translation>
    </message>
    <message>
        <source>Invalid enrollment agent credentials</source>
        <translation>Informations d&apos;identification de l&apos;agent d&apos;inscription non valides</translation>
    </message>
    <message>
        <source>Invalid enrollment settings</source>
        <translation>Paramètres d&apos;inscription non valides</translation>
    </message>
    <message>
        <source>FSLogix not available</source>
        <translation>FSLogix indisponible</translation>
    </message>
    <message>
        <source>No devices</source>
        <translation>Aucun appareil</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Intervention requise</translation>
    </message>
    <message>
        <source>Image optimisation pending</source>
        <translation>Optimisation de l&apos;image en attente</translation>
    </message>
    <message>
        <source>Image optimisation</source>
        <translation>Optimisation de l&apos;image</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>En construction</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Not a RAS server</source>
        <translation>Ce n&apos;est pas un serveur RAS</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionnement</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>FSLogix needs update</source>
        <translation>Mise à jour de FSLogix requise</translation>
    </message>
    <message>
        <source>No members available</source>
        <translation>Aucun membre disponible</translation>
    </message>
    <message>
        <source>Members need update</source>
        <translation>Mise à jour des membres requise</translation>
    </message>
    <message>
        <source>Performance counters failed</source>
        <translation>Échec des compteurs de performances</translation>
    </message>
    <message>
        <source>Pending recreation</source>
        <translation>Recréation en attente</translation>
    </message>
    <message>
        <source>Removing members</source>
        <translation>Retrait des membres</translation>
    </message>
    <message>
        <source>Adding members</source>
        <translation>Ajout des membres</translation>
    </message>
    <message>
        <source>Delete in progress</source>
        <translation>Suppression en cours</translation>
    </message>
    <message>
        <source>Joining host pool</source>
        <translation>Jonction au pool d&apos;hôtes</translation>
    </message>
    <message>
        <source>Auto-upgrade in progress</source>
        <translation>Mise à niveau automatique en cours</translation>
    </message>
    <message>
        <source>Auto-upgrade initiated</source>
        <translation>Mise à niveau automatique lancée</translation>
    </message>
    <message>
        <source>Auto-upgrade limit reached</source>
        <translation>Limite de mise à niveau automatique atteinte</translation>
    </message>
    <message>
        <source>Auto-upgrade failed</source>
        <translation>Échec de la mise à niveau automatique</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>Mise à jour requise</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Server deleted</source>
        <translation>Serveur supprimé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>RD Session Host</source>
        <translation>Hôte de session Bureau à distance</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Secure Gateway</source>
        <translation>Passerelle sécurisée</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Connection Broker</source>
        <translation>Broker de connexion</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>VDI host pool</source>
        <translation>Pool d&apos;hôtes VDI</translation>
    </message>
    <message>
        <source>RDS group</source>
        <translation>Groupe RDS</translation>
    </message>
    <message>
        <source>HALB device</source>
        <translation>Appareil HALB</translation>
    </message>
    <message>
        <source>Tenant Broker</source>
        <translation>Broker de locataires</translation>
    </message>
    <message>
        <source>Enrollment server</source>
        <translation>Serveur d&apos;inscription</translation>
    </message>
    <message>
        <source>HALB</source>
        <translation>HALB</translation>
    </message>
    <message>
        <source>AVD workspace</source>
        <translation>Espace de travail AVD</translation>
    </message>
    <message>
        <source>AVD host pool</source>
        <translation>Pool d&apos;hôtes AVD</translation>
    </message>
    <message>
        <source>AVD template</source>
        <translation>Modèle AVD</translation>
    </message>
    <message>
        <source>AVD host</source>
        <translation>Hôte AVD</translation>
    </message>
    <message>
        <source>VDI template version</source>
        <translation>Version du modèle VDI</translation>
    </message>
    <message>
        <source>AVD template version</source>
        <translation>Version du modèle AVD</translation>
    </message>
    <message>
        <source>RDS template version</source>
        <translation>Version du modèle RDS</translation>
    </message>
    <message>
        <source>RDS template</source>
        <translation>Modèle RDS</translation>
    </message>
    <message>
        <source>VDI template</source>
        <translation>Modèle VDI</translation>
    </message>
    <message>
        <source>VDI host</source>
        <translation>Hôte VDI</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Étendu</translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation>Détaillé</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directe</translation>
    </message>
    <message>
        <source>Gateway SSL</source>
        <translation>Passerelle SSL</translation>
    </message>
    <message>
        <source>Direct SSL</source>
        <translation>Directe SSL</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Transfert</translation>
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
        <translation>IPv4 et IPv6</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Parallels Client, HTML5 fallback</source>
        <translation>Parallels Client, HTML5 en secours</translation>
    </message>
    <message>
        <source>Parallels Client only</source>
        <translation>Parallels Client uniquement</translation>
    </message>
    <message>
        <source>HTML5 only</source>
        <translation>HTML5 uniquement</translation>
    </message>
    <message>
        <source>Allow all except listed</source>
        <translation>Autoriser tout sauf la liste</translation>
    </message>
    <message>
        <source>Allow only listed</source>
        <translation>Autoriser uniquement la liste</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>SSL 2.0 to TLS 1.2 (weak)</source>
        <translation>SSL 2.0 à TLS 1.2 (faible)</translation>
    </message>
    <message>
        <source>SSL 3.0 to TLS 1.2</source>
        <translation>SSL 3.0 à TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.0 to TLS 1.2</source>
        <translation>TLS 1.0 à TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.1 to TLS 1.2</source>
        <translation>TLS 1.1 à TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.2 only (strong)</source>
        <translation>TLS 1.2 uniquement (fort)</translation>
    </message>
    <message>
        <source>Power administrator</source>
        <translation>Administrateur avancé</translation>
    </message>
    <message>
        <source>Root administrator</source>
        <translation>Administrateur racine</translation>
    </message>
    <message>
        <source>Custom administrator</source>
        <translation>Administrateur personnalisé</translation>
    </message>
</context>
<context>
    <name>RasClient</name>
    <message>
        <source>No server has been chosen.</source>
        <translation>Aucun serveur n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one trusted for it (SHA-256 %1). The connection was refused.</source>
        <translation>Le serveur a présenté un certificat différent de celui approuvé pour lui (SHA-256 %1). La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1).</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé (SHA-256 %1).</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Aucune réponse en %1 secondes.</translation>
    </message>
    <message>
        <source>The log-on answer carries no authToken.</source>
        <translation>La réponse à la connexion ne contient pas de authToken.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plain http:// would send the password unencrypted to %1. Use https://, or allow plain HTTP explicitly.</source>
        <translation>Le protocole http:// enverrait le mot de passe en clair à %1. Utilisez https:// ou autorisez explicitement HTTP non chiffré.</translation>
    </message>
    <message>
        <source>Plain http:// to another machine has not been allowed.</source>
        <translation>Le protocole http:// non chiffré vers une autre machine n&apos;a pas été autorisé.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB, the most accepted; the transfer was stopped.</source>
        <translation>La réponse dépasse %1 Mo, le maximum accepté&#xa0;; le transfert a été interrompu.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds.</source>
        <translation>Aucune réponse complète en %1 secondes.</translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <translation>La réponse n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection broke off during the answer: %1</source>
        <translation>La connexion a été interrompue pendant la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The log-on answer&apos;s authToken is not a plain token (only visible ASCII characters, at most %1 of them, are accepted).</source>
        <translation>Le authToken de la réponse à la connexion n&apos;est pas un jeton simple (seuls les caractères ASCII visibles, %1 au plus, sont acceptés).</translation>
    </message>
</context>
<context>
    <name>RasError</name>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Not logged on</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>The change may have been made: check before retrying.</source>
        <translation>La modification a peut-être été effectuée&#xa0;: vérifiez avant de réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>%1… (cut: the message has %n characters)</source>
        <translation>
            <numerusform>%1… (tronqué&#xa0;: le message compte %n caractère)</numerusform>
            <numerusform>%1… (tronqué&#xa0;: le message compte %n caractères)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTablePage</name>
    <message>
        <source>Only problems</source>
        <translation>Problèmes uniquement</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only servers whose state needs attention</source>
        <translation>Afficher uniquement les serveurs dont l&apos;état requiert une intervention</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1, unreadable</source>
        <comment>HTTP status of an answer that could not be read</comment>
        <translation>%1, illisible</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
</context>
<context>
    <name>SecondaryConnection</name>
    <message>
        <source>Choose a connection mode.</source>
        <translation>Choisissez un mode de connexion.</translation>
    </message>
    <message>
        <source>Enter the server to connect to.</source>
        <translation>Saisissez le serveur auquel se connecter.</translation>
    </message>
    <message>
        <source>The server name may have at most 255 characters.</source>
        <translation>Le nom du serveur ne peut pas dépasser 255 caractères.</translation>
    </message>
    <message>
        <source>The server name must not contain spaces.</source>
        <translation>Le nom du serveur ne doit pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>SecondaryConnectionModel</name>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
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
        <translation>Connexions secondaires</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>%1 - Secondary connections</source>
        <translation>%1 – Connexions secondaires</translation>
    </message>
    <message>
        <source>A gateway of this farm, or any server name or IP address</source>
        <translation>Une passerelle de cette ferme, ou tout nom de serveur ou adresse IP</translation>
    </message>
    <message>
        <source>Clients try these connections from top to bottom when the primary connection fails.</source>
        <translation>Les clients essaient ces connexions de haut en bas lorsque la connexion principale échoue.</translation>
    </message>
    <message>
        <source>Clients try these connections from top to bottom when the primary connection fails. A new connection goes to the end of the list; to change the order, remove connections and add them again. Each change is sent at once and takes effect when you apply settings.</source>
        <translation>Les clients essaient ces connexions de haut en bas lorsque la connexion principale échoue. Une nouvelle connexion s&apos;ajoute en fin de liste&#xa0;; pour changer l&apos;ordre, supprimez des connexions et ajoutez-les de nouveau. Chaque modification est envoyée immédiatement et prend effet lorsque vous appliquez les paramètres.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valide.</translation>
    </message>
    <message>
        <source>Only https:// and http:// addresses are supported.</source>
        <translation>Seules les adresses https:// et http:// sont prises en charge.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>Give the server only, without a path (got &apos;%1&apos;).</source>
        <translation>Indiquez uniquement le serveur, sans chemin (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Licensing Site</source>
        <translation>Site de licence</translation>
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
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>StagedChange</name>
    <message>
        <source>Yes</source>
        <comment>a setting&apos;s value</comment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a setting&apos;s value</comment>
        <translation>Non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <comment>a text setting&apos;s value</comment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Alternative IPs</source>
        <translation>IP alternatives</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>no preferred Connection Broker</comment>
        <translation>N&apos;importe lequel</translation>
    </message>
    <message>
        <source>Unknown Connection Broker (ID %1)</source>
        <translation>Broker de connexion inconnu (ID %1)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no forwarding Secure Gateway</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Unknown Secure Gateway (ID %1)</source>
        <translation>Passerelle sécurisée inconnue (ID %1)</translation>
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
        <translation>%1&#xa0;%</translation>
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
        <translation>État de l&apos;agent&#xa0;: %1 (%2)
Version de l&apos;agent&#xa0;: %3
Système d&apos;exploitation&#xa0;: %4
Démarrage&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>how long ago the status was fetched</comment>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>how long ago the status was fetched</comment>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>how long ago the status was fetched</comment>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
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
