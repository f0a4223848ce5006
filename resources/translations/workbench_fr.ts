<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Company (B2B)</source>
        <translation>Entreprise (B2B)</translation>
    </message>
    <message>
        <source>Private customer (B2C)</source>
        <translation>Particulier (B2C)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <source>Post&amp;al code</source>
        <translation>Code post&amp;al</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>C&amp;ountry (ISO code)</source>
        <translation>&amp;Pays (code ISO)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Gross total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gagnée</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <source>Type to search accounts…</source>
        <translation>Tapez pour chercher un compte…</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>The database was upgraded to this version; a backup was kept.</source>
        <translation>La base de données a été mise à jour pour cette version ; une sauvegarde a été conservée.</translation>
    </message>
    <message>
        <source>Checking the database… changes can be saved in a moment.</source>
        <translation>Vérification de la base de données… les modifications pourront être enregistrées dans un instant.</translation>
    </message>
    <message>
        <source>Database checked: all is well.</source>
        <translation>Base de données vérifiée : tout va bien.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>La sauvegarde automatique du jour a échoué : %1</translation>
    </message>
    <message>
        <source>Damaged: nothing more is saved</source>
        <translation>Endommagée : plus rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so Sales Workbench will not save anything more to it. What you see can still be read and copied.</source>
        <translation>La base de données %1 est endommagée : Sales Workbench n&apos;y enregistrera plus rien. Ce qui est affiché peut encore être lu et copié.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation>Continuer la lecture</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>Restauration depuis %1…</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in %2. You can keep working; if it happens again, please send that file to IT.</source>
        <translation>Un problème est survenu : %1

Les détails se trouvent dans %2. Vous pouvez continuer à travailler ; si cela se reproduit, envoyez ce fichier au service informatique.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existe déjà ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a retention: give three whole numbers for days, weeks and months, e.g. 7,4,6.</source>
        <extracomment>how many backups of each other automatic kind (&quot;before-&lt;schema&gt;&quot;, &quot;before-restore&quot;) stay</extracomment>
        <translation>« %1 » n’est pas une durée de conservation : indiquez trois nombres entiers pour les jours, les semaines et les mois, par ex. 7,4,6.</translation>
    </message>
    <message>
        <source>Each retention number must be between 0 and 1000.</source>
        <translation>Chaque nombre de conservation doit être compris entre 0 et 1000.</translation>
    </message>
    <message>
        <source>Keep at least one daily, weekly or monthly backup.</source>
        <translation>Conservez au moins une sauvegarde quotidienne, hebdomadaire ou mensuelle.</translation>
    </message>
</context>
<context>
    <name>BoardArea</name>
    <message>
        <source>Overdue task</source>
        <extracomment>how many further pages of a column are loaded to reach a deal the board is asked to show</extracomment>
        <translation>Tâche en retard</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Date de clôture dépassée</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>The stripe on a card&apos;s left edge: red, the deal has an overdue task; orange, its expected close date has passed; brown, nothing has happened for longer than the stage&apos;s target days and nothing is scheduled.</source>
        <translation>La bande sur le bord gauche d&apos;une carte : rouge, l&apos;opportunité a une tâche en retard ; orange, sa date de clôture prévue est passée ; brun, rien ne s&apos;est passé depuis plus longtemps que la durée cible de l&apos;étape et rien n&apos;est prévu.</translation>
    </message>
    <message>
        <source>Sales process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>✓  Won — drop here</source>
        <translation>✓  Gagnée — déposer ici</translation>
    </message>
    <message>
        <source>✗  Lost — drop here</source>
        <translation>✗  Perdue — déposer ici</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>Revenir à l&apos;étape précédente</translation>
    </message>
    <message>
        <source>Mark as won…</source>
        <translation>Marquer comme gagnée…</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Marquer comme perdue…</translation>
    </message>
    <message>
        <source>Open opportunity</source>
        <translation>Ouvrir l&apos;opportunité</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Rechercher dans le tableau</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>The board could not be loaded: %s</source>
        <translation>Le tableau n&apos;a pas pu être chargé : %s</translation>
    </message>
    <message>
        <source>Loading failed: %s</source>
        <translation>Échec du chargement : %s</translation>
    </message>
    <message>
        <source>Moved “%s” to “%s”.</source>
        <translation>« %s » déplacée vers « %s ».</translation>
    </message>
    <message>
        <source>Opportunity created.</source>
        <translation>Opportunité créée.</translation>
    </message>
    <message>
        <source>Not ready to be won</source>
        <translation>Pas encore prête à être gagnée</translation>
    </message>
    <message>
        <source>“%s” still has mandatory tasks open. Finish them before marking the deal won:</source>
        <translation>« %s » a encore des tâches obligatoires ouvertes. Terminez-les avant de marquer l&apos;opportunité comme gagnée :</translation>
    </message>
    <message>
        <source>Move not possible</source>
        <translation>Déplacement impossible</translation>
    </message>
    <message>
        <source>“%s” still has mandatory tasks open. Finish them before moving the deal on:</source>
        <translation>« %s » a encore des tâches obligatoires ouvertes. Terminez-les avant de faire avancer l&apos;affaire :</translation>
    </message>
    <message>
        <source>Open checklist</source>
        <translation>Ouvrir la checklist</translation>
    </message>
    <message>
        <source>“%s” won.</source>
        <translation>« %s » gagnée.</translation>
    </message>
    <message>
        <source>“%s” lost.</source>
        <translation>« %s » perdue.</translation>
    </message>
    <message>
        <source>Move “%s”</source>
        <translation>Déplacer « %s »</translation>
    </message>
    <message>
        <source>Won “%s”</source>
        <translation>« %s » gagnée</translation>
    </message>
    <message>
        <source>Lost “%s”</source>
        <translation>« %s » perdue</translation>
    </message>
    <message>
        <source>Edit “%s”</source>
        <translation>Modifier « %s »</translation>
    </message>
</context>
<context>
    <name>BoardLoading</name>
    <message>
        <source>The board could not be loaded: %s</source>
        <translation>Le tableau n&apos;a pas pu être chargé : %s</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Consigner un appel</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Enregistrer l&apos;appel</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Démarrer l&apos;appel</translation>
    </message>
    <message>
        <source>Outbound (I called)</source>
        <translation>Sortant (j&apos;ai appelé)</translation>
    </message>
    <message>
        <source>Inbound (they called)</source>
        <translation>Entrant (on m&apos;a appelé)</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>minutes, or mm:ss</source>
        <translation>minutes, ou mm:ss</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>— no deal —</source>
        <translation>— aucune opportunité —</translation>
    </message>
    <message>
        <source>De&amp;al</source>
        <translation>&amp;Opportunité</translation>
    </message>
    <message>
        <source>What was said, what they need…</source>
        <translation>Ce qui a été dit, ce dont ils ont besoin…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Booked meeting</source>
        <translation>Rendez-vous fixé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Where (address, video link)</source>
        <translation>Où (adresse, lien vidéo)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Appel de relance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Pas d&apos;étape suivante</translation>
    </message>
    <message>
        <source>Stop call</source>
        <translation>Terminer l&apos;appel</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation>Appel consigné.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>{n} required</source>
        <translation>{n} requise(s)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>closes {date}</source>
        <translation>clôture le {date}</translation>
    </message>
    <message>
        <source>next task: {task}</source>
        <translation>prochaine tâche : {task}</translation>
    </message>
    <message>
        <source>No open task</source>
        <translation>Aucune tâche ouverte</translation>
    </message>
    <message>
        <source>task overdue</source>
        <translation>tâche en retard</translation>
    </message>
    <message>
        <source>past its close date</source>
        <translation>date de clôture dépassée</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Mark as won</source>
        <translation>Marquer comme gagnée</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Marquer comme perdue</translation>
    </message>
    <message>
        <source>Why was “%s” won?</source>
        <translation>Pourquoi « %s » a-t-elle été gagnée ?</translation>
    </message>
    <message>
        <source>Why was “%s” lost?</source>
        <translation>Pourquoi « %s » a-t-elle été perdue ?</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <source>Who won the deal, if anyone</source>
        <translation>Qui a remporté l&apos;affaire, le cas échéant</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Competitor</source>
        <translation>&amp;Concurrent</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Choose a reason: it is what the manager learns from.</source>
        <translation>Choisissez un motif : c&apos;est ce dont le responsable commercial tire des leçons.</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>&gt; 1 day</source>
        <translation>&gt; 1 jour</translation>
    </message>
    <message>
        <source>&gt; 2 days</source>
        <translation>&gt; 2 jours</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réactivité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>Entrant/sortant</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>New opportunity in “%s”</source>
        <extracomment>a stage column&apos;s width: still room for a card&apos;s title, value, date and one pill</extracomment>
        <translation>Nouvelle opportunité dans « %s »</translation>
    </message>
    <message>
        <source>Opportunities in “%s”</source>
        <translation>Opportunités dans « %s »</translation>
    </message>
    <message>
        <source>Weighted %s</source>
        <translation>Pondéré %s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deal(s) match the filter.</source>
        <translation>
            <numerusform>%Ln affaire ouverte correspond au filtre.</numerusform>
            <numerusform>%Ln affaires ouvertes correspondent au filtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: the value of every one of them (not only the cards loaded), per currency; there are no exchange rates, so currencies are not added up.</source>
        <translation>Total : la valeur de chacune d&apos;elles (pas seulement des cartes chargées), par devise ; sans taux de change, les devises ne sont pas additionnées.</translation>
    </message>
    <message>
        <source>Total: the value of every one of them (not only the cards loaded). ≈ marks a figure converted into %s at the exchange rates set by a manager.</source>
        <translation>Total : la valeur de toutes (pas seulement des cartes chargées). ≈ indique un montant converti en %s aux taux de change fixés par un manager.</translation>
    </message>
    <message>
        <source>Weighted: value × this stage&apos;s win probability (%d%%), open deals only.</source>
        <translation>Pondéré : valeur × probabilité de gain de cette étape (%d%%), affaires ouvertes uniquement.</translation>
    </message>
    <message>
        <source>%s: %s deals, %s — weighted %s</source>
        <translation>%s : %s opportunités, %s — pondéré %s</translation>
    </message>
    <message>
        <source>Together ≈ %s — weighted ≈ %s</source>
        <translation>Ensemble ≈ %s — pondéré ≈ %s</translation>
    </message>
    <message>
        <source>1 %s = %s %s (rate from %s)</source>
        <translation>1 %s = %s %s (taux du %s)</translation>
    </message>
</context>
<context>
    <name>CompanySettingsDialog</name>
    <message>
        <source>Company profile for offers</source>
        <translation>Profil de l&apos;entreprise pour les offres</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>&amp;Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Co&amp;untry (phone numbers without +code are read here)</source>
        <translation>&amp;Pays (les numéros sans indicatif +xx sont lus ici)</translation>
    </message>
    <message>
        <source>e.g. DE, FR or Germany</source>
        <translation>p. ex. DE, FR ou France</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>&amp;VAT ID</source>
        <translation>N° de &amp;TVA</translation>
    </message>
    <message>
        <source>&amp;Bank details</source>
        <translation>Coordonnées &amp;bancaires</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Sélectionner…</translation>
    </message>
    <message>
        <source>Brand &amp;colour</source>
        <translation>&amp;Couleur de la marque</translation>
    </message>
    <message>
        <source>Default c&amp;urrency</source>
        <translation>D&amp;evise par défaut</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>Couleur de la marque</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Version %d compared with version %d</source>
        <translation>Version %d comparée à la version %d</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>the table row of each changed line, with how it changed (its colour)</extracomment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>offre</translation>
    </message>
    <message>
        <source>%d lines added, %d removed, %d changed, %d unchanged.</source>
        <translation>%d lignes ajoutées, %d supprimées, %d modifiées, %d inchangées.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>&amp;Mobile</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Has real influence on the buying decision</source>
        <translation>A une réelle influence sur la décision d&apos;achat</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>No account is called “%s”. Pick one from the list or create it first.</source>
        <translation>Aucun compte ne s&apos;appelle « %s ». Choisissez-en un dans la liste ou créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Merged into the existing contact %s.</source>
        <translation>Fusionné avec le contact existant %s.</translation>
    </message>
    <message>
        <source>Not saved: decide between merging and keeping both.</source>
        <translation>Non enregistré : choisissez entre fusionner et garder les deux.</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <source>Convert lead into a deal</source>
        <translation>Convertir le lead en affaire</translation>
    </message>
    <message>
        <source>Account: …</source>
        <translation>Compte : …</translation>
    </message>
    <message>
        <source>&amp;Sales process</source>
        <translation>&amp;Processus de vente</translation>
    </message>
    <message>
        <source>&amp;Deal title</source>
        <translation>&amp;Titre de l&apos;affaire</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%s&lt;/b&gt; (existing, will be reused)</source>
        <translation>Compte : &lt;b&gt;%s&lt;/b&gt; (existant, sera réutilisé)</translation>
    </message>
    <message>
        <source>Account: &lt;b&gt;%s&lt;/b&gt; (new)</source>
        <translation>Compte : &lt;b&gt;%s&lt;/b&gt; (nouveau)</translation>
    </message>
</context>
<context>
    <name>DealPicker</name>
    <message>
        <source>New offer for which deal?</source>
        <translation>Nouvelle offre pour quelle affaire ?</translation>
    </message>
    <message>
        <source>Search open deals by title or customer…</source>
        <translation>Rechercher les affaires ouvertes par titre ou client…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Call about %1</source>
        <translation>Appel au sujet de %1</translation>
    </message>
    <message>
        <source>E-mail about %1</source>
        <translation>E-mail au sujet de %1</translation>
    </message>
    <message>
        <source>Meeting about %1</source>
        <translation>Rendez-vous au sujet de %1</translation>
    </message>
    <message>
        <source>Visit about %1</source>
        <translation>Visite au sujet de %1</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Appel de relance</translation>
    </message>
    <message>
        <source>Customer site</source>
        <translation>Chez le client</translation>
    </message>
    <message>
        <source>Call the new lead</source>
        <translation>Appeler le nouveau lead</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Qualification call</source>
        <translation>Appel de qualification</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Rendez-vous : %1</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Industrie manufacturière</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>Agroalimentaire</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobile</translation>
    </message>
    <message>
        <source>Pharmaceuticals</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Services aux entreprises</translation>
    </message>
    <message>
        <source>rollout</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>extension</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renouvellement</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>pilote</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>mise à niveau</translation>
    </message>
    <message>
        <source>framework agreement</source>
        <translation>accord-cadre</translation>
    </message>
    <message>
        <source>service contract</source>
        <translation>contrat de service</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>new site</source>
        <translation>nouveau site</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>integration</source>
        <translation>intégration</translation>
    </message>
    <message>
        <source>fleet</source>
        <translation>flotte</translation>
    </message>
    <message>
        <source>packaging line</source>
        <translation>ligne d&apos;emballage</translation>
    </message>
    <message>
        <source>CRM licences</source>
        <translation>licences CRM</translation>
    </message>
    <message>
        <source>sensors</source>
        <translation>capteurs</translation>
    </message>
    <message>
        <source>solar roof</source>
        <translation>toiture solaire</translation>
    </message>
    <message>
        <source>forklifts</source>
        <translation>chariots élévateurs</translation>
    </message>
    <message>
        <source>lab equipment</source>
        <translation>équipement de laboratoire</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>cloud backup</source>
        <translation>sauvegarde cloud</translation>
    </message>
    <message>
        <source>conveyors</source>
        <translation>convoyeurs</translation>
    </message>
    <message>
        <source>printing press</source>
        <translation>presse d&apos;impression</translation>
    </message>
    <message>
        <source>security system</source>
        <translation>système de sécurité</translation>
    </message>
    <message>
        <source>HVAC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <source>robot cell</source>
        <translation>cellule robotisée</translation>
    </message>
    <message>
        <source>CEO</source>
        <translation>Directeur général</translation>
    </message>
    <message>
        <source>CFO</source>
        <translation>Directeur financier</translation>
    </message>
    <message>
        <source>Head of Purchasing</source>
        <translation>Responsable des achats</translation>
    </message>
    <message>
        <source>Operations Manager</source>
        <translation>Directeur des opérations</translation>
    </message>
    <message>
        <source>IT Director</source>
        <translation>DSI</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Plant Manager</source>
        <translation>Directeur d’usine</translation>
    </message>
    <message>
        <source>Project Lead</source>
        <translation>Chef de projet</translation>
    </message>
    <message>
        <source>Office Manager</source>
        <translation>Responsable administratif</translation>
    </message>
    <message>
        <source>Head of Sales</source>
        <translation>Directeur commercial</translation>
    </message>
    <message>
        <source>Electric forklift 2.0 t</source>
        <translation>Chariot élévateur électrique 2,0 t</translation>
    </message>
    <message>
        <source>Electric forklift 3.5 t</source>
        <translation>Chariot élévateur électrique 3,5 t</translation>
    </message>
    <message>
        <source>Spare battery pack 80 V</source>
        <translation>Batterie de rechange 80 V</translation>
    </message>
    <message>
        <source>Belt conveyor, 10 m</source>
        <translation>Convoyeur à bande, 10 m</translation>
    </message>
    <message>
        <source>Curve module 90°</source>
        <translation>Module de courbe 90°</translation>
    </message>
    <message>
        <source>Packaging line L1</source>
        <translation>Ligne d&apos;emballage L1</translation>
    </message>
    <message>
        <source>Label printer and applicator</source>
        <translation>Imprimante-poseuse d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Robot cell, six-axis</source>
        <translation>Cellule robotisée, six axes</translation>
    </message>
    <message>
        <source>Vacuum gripper</source>
        <translation>Préhenseur à vide</translation>
    </message>
    <message>
        <source>Temperature sensor T1</source>
        <translation>Capteur de température T1</translation>
    </message>
    <message>
        <source>Vibration sensor</source>
        <translation>Capteur de vibrations</translation>
    </message>
    <message>
        <source>Sensor gateway</source>
        <translation>Passerelle de capteurs</translation>
    </message>
    <message>
        <source>Solar module 430 W</source>
        <translation>Module solaire 430 W</translation>
    </message>
    <message>
        <source>Hybrid inverter 10 kW</source>
        <translation>Onduleur hybride 10 kW</translation>
    </message>
    <message>
        <source>Storage battery 10 kWh</source>
        <translation>Batterie de stockage 10 kWh</translation>
    </message>
    <message>
        <source>Heat pump 16 kW</source>
        <translation>Pompe à chaleur 16 kW</translation>
    </message>
    <message>
        <source>Air handling unit 5,000 m³/h</source>
        <translation>Centrale de traitement d&apos;air 5 000 m³/h</translation>
    </message>
    <message>
        <source>Security camera 4K</source>
        <translation>Caméra de sécurité 4K</translation>
    </message>
    <message>
        <source>Network video recorder</source>
        <translation>Enregistreur vidéo réseau</translation>
    </message>
    <message>
        <source>Access control terminal</source>
        <translation>Terminal de contrôle d&apos;accès</translation>
    </message>
    <message>
        <source>Laboratory centrifuge</source>
        <translation>Centrifugeuse de laboratoire</translation>
    </message>
    <message>
        <source>Fume hood 1.5 m</source>
        <translation>Hotte de laboratoire 1,5 m</translation>
    </message>
    <message>
        <source>Digital printing press</source>
        <translation>Presse numérique</translation>
    </message>
    <message>
        <source>CRM licence</source>
        <translation>Licence CRM</translation>
    </message>
    <message>
        <source>ERP licence</source>
        <translation>Licence ERP</translation>
    </message>
    <message>
        <source>Cloud backup 1 TB</source>
        <translation>Sauvegarde cloud 1 To</translation>
    </message>
    <message>
        <source>Integration package</source>
        <translation>Pack d&apos;intégration</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Commissioning</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Project management</source>
        <translation>Gestion de projet</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Travel and accommodation</source>
        <translation>Déplacement et hébergement</translation>
    </message>
    <message>
        <source>Maintenance plan Standard</source>
        <translation>Contrat de maintenance Standard</translation>
    </message>
    <message>
        <source>Maintenance plan Pro</source>
        <translation>Contrat de maintenance Pro</translation>
    </message>
    <message>
        <source>Warranty extension</source>
        <translation>Extension de garantie</translation>
    </message>
    <message>
        <source>Freight and packaging</source>
        <translation>Transport et emballage</translation>
    </message>
    <message>
        <source>Crane hire</source>
        <translation>Location de grue</translation>
    </message>
    <message>
        <source>Printed manuals</source>
        <translation>Manuels imprimés</translation>
    </message>
    <message>
        <source>Reference handbook</source>
        <translation>Manuel de référence</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify %s</source>
        <translation>Disqualifier %s</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifier</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Rendez-vous fixé</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Rappeler plus tard</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Étape modifiée</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagée</translation>
    </message>
    <message>
        <source>Unshared</source>
        <translation>Plus partagée</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>Responsable modifié</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>Offre envoyée</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Offre acceptée</translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation>Offre refusée</translation>
    </message>
    <message>
        <source>Amount changed</source>
        <translation>Montant modifié</translation>
    </message>
    <message>
        <source>Close date changed</source>
        <translation>Date de clôture modifiée</translation>
    </message>
    <message>
        <source>Forecast changed</source>
        <translation>Prévision modifiée</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Meilleur cas</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Organic</source>
        <translation>Organique</translation>
    </message>
    <message>
        <source>Paid campaign</source>
        <translation>Campagne payante</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>Appel à froid</translation>
    </message>
    <message>
        <source>Cold email</source>
        <translation>E-mail à froid</translation>
    </message>
    <message>
        <source>Purchased list</source>
        <translation>Liste achetée</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Call in</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifié</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Marketing associate</source>
        <translation>Chargé de marketing</translation>
    </message>
    <message>
        <source>Sales development rep</source>
        <translation>Commercial de prospection (SDR)</translation>
    </message>
    <message>
        <source>Account executive</source>
        <translation>Chargé d&apos;affaires</translation>
    </message>
    <message>
        <source>Customer success manager</source>
        <translation>Responsable de la réussite client</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Responsable commercial</translation>
    </message>
    <message>
        <source>Business analyst</source>
        <translation>Analyste métier</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Designer</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Stand in</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <source>Todo</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile (used when there is no phone)</source>
        <translation>Mobile (utilisé en l&apos;absence de téléphone)</translation>
    </message>
    <message>
        <source>Country (phone numbers without a country code are read in it)</source>
        <translation>Pays (les numéros sans indicatif y sont lus)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Inbound/outbound</source>
        <translation>Entrant/sortant</translation>
    </message>
    <message>
        <source>Owner (user name or e-mail)</source>
        <translation>Responsable (nom d&apos;utilisateur ou e-mail)</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Arrivé le</translation>
    </message>
    <message>
        <source>Notes (several columns may go here)</source>
        <translation>Notes (plusieurs colonnes possibles)</translation>
    </message>
    <message>
        <source>Open deals by stage: count, value, weighted value</source>
        <translation>Affaires ouvertes par étape : nombre, valeur, valeur pondérée</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Won, commit and best case per month against quota</source>
        <translation>Gagné, engagement et meilleur cas par mois face à l&apos;objectif</translation>
    </message>
    <message>
        <source>Funnel and conversion</source>
        <translation>Entonnoir et conversion</translation>
    </message>
    <message>
        <source>Stage-to-stage conversion, time in stage, leads</source>
        <translation>Conversion d&apos;étape en étape, durée par étape, leads</translation>
    </message>
    <message>
        <source>Win rate and velocity</source>
        <translation>Taux de gain et vélocité</translation>
    </message>
    <message>
        <source>Win rate, deal size, cycle length, velocity</source>
        <translation>Taux de gain, taille des affaires, durée du cycle, vélocité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Calls, connects, meetings, tasks, lead response per week</source>
        <translation>Appels, joints, rendez-vous, tâches, réactivité sur les leads par semaine</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Gagnées et perdues</translation>
    </message>
    <message>
        <source>Reasons, competitors, offers and discounts</source>
        <translation>Motifs, concurrents, offres et remises</translation>
    </message>
    <message>
        <source>Slipping deals</source>
        <translation>Affaires qui glissent</translation>
    </message>
    <message>
        <source>Close dates pushed back, idle and stuck deals</source>
        <translation>Dates de clôture repoussées, affaires en sommeil ou bloquées</translation>
    </message>
    <message>
        <source>Staying in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Customers closed months ago, not contacted since</source>
        <translation>Clients conclus il y a des mois, sans contact depuis</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>same</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Année dernière</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Importing in one transaction: all rows or none…</source>
        <translation>Importation en une seule transaction : toutes les lignes ou aucune…</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged.</source>
        <translation>Rien n&apos;a été importé ; la base de données est inchangée.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation>Enregistrements derrière le chiffre</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message numerus="yes">
        <source>%1 deal(s)</source>
        <translation>
            <numerusform>%1 affaire</numerusform>
            <numerusform>%1 affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 activity(ies)</source>
        <translation>
            <numerusform>%1 activité</numerusform>
            <numerusform>%1 activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 task(s)</source>
        <translation>
            <numerusform>%1 tâche</numerusform>
            <numerusform>%1 tâches</numerusform>
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
            <numerusform>%1 offre</numerusform>
            <numerusform>%1 offres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s)</source>
        <translation>
            <numerusform>%1 client</numerusform>
            <numerusform>%1 clients</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>%1 au total</translation>
    </message>
    <message numerus="yes">
        <source>showing the first %1</source>
        <translation>
            <numerusform>affichage des %1 premiers</numerusform>
            <numerusform>affichage des %1 premiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>This %1 looks like someone already in the database. Merge it into the existing %1 (empty fields are filled in, nothing is overwritten), or keep both.</source>
        <translation>Ce %1 ressemble à quelqu&apos;un qui est déjà dans la base. Fusionnez-le avec le %1 existant (les champs vides sont complétés, rien n&apos;est écrasé) ou gardez les deux.</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>(same e-mail)</source>
        <translation>(même e-mail)</translation>
    </message>
    <message>
        <source>(same phone)</source>
        <translation>(même téléphone)</translation>
    </message>
    <message>
        <source>(same company)</source>
        <translation>(même entreprise)</translation>
    </message>
    <message>
        <source>&amp;Merge into this %1</source>
        <translation>&amp;Fusionner dans ce %1</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>&amp;Decrypt database…</source>
        <translation>&amp;Déchiffrer la base de données…</translation>
    </message>
    <message>
        <source>&amp;Encrypt database…</source>
        <translation>&amp;Chiffrer la base de données…</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Chiffrer la base de données</translation>
    </message>
    <message>
        <source>Decrypt database</source>
        <translation>Déchiffrer la base de données</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>J&apos;ai conservé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Déchiffrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Encrypting stores %1 and its backups so that a lost or stolen laptop, or a copied file, reveals nothing. The key is kept in this user&apos;s system keyring, so the app opens the database as before.

You will get a recovery key, once. Without it the database can&apos;t be opened if the keyring loses the key (new computer or user profile, keyring reset).</source>
        <translation>Le chiffrement enregistre %1 et ses sauvegardes de sorte qu&apos;un portable perdu ou volé, ou un fichier copié, ne révèle rien. La clé est conservée dans le trousseau système de cet utilisateur : l&apos;application ouvre la base comme avant.

Vous recevrez une clé de récupération, une seule fois. Sans elle, la base ne peut plus être ouverte si le trousseau perd la clé (nouvel ordinateur ou profil utilisateur, trousseau réinitialisé).</translation>
    </message>
    <message>
        <source>Decrypting stores %1 and its backups as plain SQLite files again: anyone with the file can read it. The key stays in the keyring for copies made while it was encrypted.</source>
        <translation>Le déchiffrement enregistre de nouveau %1 et ses sauvegardes en fichiers SQLite ordinaires : quiconque possède le fichier peut le lire. La clé reste dans le trousseau pour les copies faites pendant le chiffrement.</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Chiffrement…</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Déchiffrement…</translation>
    </message>
    <message>
        <source>This is your recovery key. It is shown only now: store it away from this computer (a password manager, or on paper). To get back in without it: `workbench db unlock --recovery-key KEY`.</source>
        <translation>Voici votre clé de récupération. Elle n&apos;est affichée que maintenant : conservez-la ailleurs que sur cet ordinateur (gestionnaire de mots de passe, ou sur papier). Pour rentrer sans elle : `workbench db unlock --recovery-key KEY`.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Database encrypted.</source>
        <translation>Base de données chiffrée.</translation>
    </message>
    <message>
        <source>Database decrypted.</source>
        <translation>Base de données déchiffrée.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A contact needs a first or last name.</source>
        <translation>Un contact a besoin d&apos;un prénom ou d&apos;un nom.</translation>
    </message>
    <message>
        <source>A duration can&apos;t be negative.</source>
        <translation>Une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>“%1” is not a duration; type minutes (5) or minutes:seconds (4:30).</source>
        <translation>« %1 » n&apos;est pas une durée ; tapez des minutes (5) ou minutes:secondes (4:30).</translation>
    </message>
    <message>
        <source>Choose who the call was with.</source>
        <translation>Choisissez avec qui était l&apos;appel.</translation>
    </message>
    <message>
        <source>A call can last between 0 and 12 hours.</source>
        <translation>Un appel dure entre 0 et 12 heures.</translation>
    </message>
    <message>
        <source>When is the booked meeting?</source>
        <translation>Quand a lieu le rendez-vous pris ?</translation>
    </message>
    <message>
        <source>The next step is a call or a meeting.</source>
        <translation>L’étape suivante est un appel ou un rendez-vous.</translation>
    </message>
    <message>
        <source>A logged call can&apos;t start in the future.</source>
        <translation>Un appel enregistré ne peut pas commencer dans le futur.</translation>
    </message>
    <message>
        <source>A meeting lasts between 5 minutes and a day.</source>
        <translation>Un rendez-vous dure entre 5 minutes et une journée.</translation>
    </message>
    <message>
        <source>“%1” has been changed since, so this can&apos;t be undone any more. Nothing was changed.</source>
        <translation>« %1 » a été modifiée depuis et ne peut plus être annulée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” has been changed since, so this can&apos;t be redone any more. Nothing was changed.</source>
        <translation>« %1 » a été modifiée depuis et ne peut plus être rétablie. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is already won.</source>
        <translation>« %1 » est déjà gagnée.</translation>
    </message>
    <message>
        <source>“%1” is already lost.</source>
        <translation>« %1 » est déjà perdue.</translation>
    </message>
    <message>
        <source>“%1” is won; reopen it to move it.</source>
        <translation>« %1 » est gagnée ; rouvrez-la pour la déplacer.</translation>
    </message>
    <message>
        <source>“%1” is lost; reopen it to move it.</source>
        <translation>« %1 » est perdue ; rouvrez-la pour la déplacer.</translation>
    </message>
    <message>
        <source>Choose why the deal was won.</source>
        <translation>Indiquez pourquoi l’affaire a été gagnée.</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Indiquez pourquoi l’affaire a été perdue.</translation>
    </message>
    <message>
        <source>That stage belongs to another sales process.</source>
        <translation>Cette étape appartient à un autre processus de vente.</translation>
    </message>
    <message>
        <source>The value must be a decimal amount.</source>
        <translation>Le montant doit être un nombre décimal.</translation>
    </message>
    <message>
        <source>The value can&apos;t be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The value is implausibly large.</source>
        <translation>Le montant est invraisemblablement élevé.</translation>
    </message>
    <message>
        <source>The sales process “%1” has no stages.</source>
        <translation>Le processus de vente « %1 » n’a aucune étape.</translation>
    </message>
    <message>
        <source>%1 works for another account.</source>
        <translation>%1 travaille pour un autre compte.</translation>
    </message>
    <message>
        <source>A deal can&apos;t be moved to another sales process.</source>
        <translation>Une opportunité ne peut pas passer dans un autre processus de vente.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <translation>%1 est trop long (%2 caractères, au plus %3).</translation>
    </message>
    <message>
        <source>%1 “%2” is not a number.</source>
        <translation>%1 « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>no country (none is set for the record or the company)</source>
        <translation>aucun pays (ni pour la fiche ni pour l&apos;entreprise)</translation>
    </message>
    <message>
        <source>the company&apos;s country</source>
        <translation>le pays de l&apos;entreprise</translation>
    </message>
    <message>
        <source>the account&apos;s country</source>
        <translation>le pays du compte</translation>
    </message>
    <message>
        <source>the row&apos;s country</source>
        <translation>le pays de la ligne</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number without a country code: no country is set to read it in. Write it with its country code (+49 …), or set your company&apos;s country in the company profile.</source>
        <translation>« %1 » n&apos;est pas un numéro valide sans indicatif de pays : aucun pays n&apos;est défini pour le lire. Écrivez-le avec son indicatif (+33 …) ou indiquez le pays de votre entreprise dans le profil de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number for %2; add the country code (%3 …) if it is from elsewhere.</source>
        <translation>« %1 » n&apos;est pas un numéro valide pour %2 ; ajoutez l&apos;indicatif du pays (%3 …) s&apos;il vient d&apos;ailleurs.</translation>
    </message>
    <message>
        <source>“%1” is not a country; use a two-letter code such as DE or GB.</source>
        <translation>« %1 » n&apos;est pas un pays ; utilisez un code à deux lettres comme FR ou BE.</translation>
    </message>
    <message>
        <source>%1 %2 is not a plausible date.</source>
        <translation>%1 : %2 n&apos;est pas une date plausible.</translation>
    </message>
    <message>
        <source>“%1” is already an SQL; only new leads and MQLs can be qualified further.</source>
        <translation>« %1 » est déjà un SQL ; seuls les nouveaux leads et les MQL peuvent être qualifiés davantage.</translation>
    </message>
    <message>
        <source>“%1” is disqualified; only new leads and MQLs can be qualified further.</source>
        <translation>« %1 » est disqualifié ; seuls les nouveaux leads et les MQL peuvent être qualifiés davantage.</translation>
    </message>
    <message>
        <source>“%1” is converted; only new leads and MQLs can be qualified further.</source>
        <translation>« %1 » est converti ; seuls les nouveaux leads et les MQL peuvent être qualifiés davantage.</translation>
    </message>
    <message>
        <source>“%1” is already disqualified.</source>
        <translation>« %1 » est déjà disqualifié.</translation>
    </message>
    <message>
        <source>“%1” is already converted.</source>
        <translation>« %1 » est déjà converti.</translation>
    </message>
    <message>
        <source>Choose why the lead is disqualified.</source>
        <translation>Indiquez pourquoi le lead est disqualifié.</translation>
    </message>
    <message>
        <source>“%1” has changed since; nothing was undone.</source>
        <translation>« %1 » a été modifié depuis ; rien n’a été annulé.</translation>
    </message>
    <message>
        <source>“%1” has changed since; nothing was redone.</source>
        <translation>« %1 » a changé depuis ; rien n’a été rétabli.</translation>
    </message>
    <message>
        <source>Only a sales-qualified lead (SQL) can be converted; “%1” is new.</source>
        <translation>Seul un lead qualifié pour la vente (SQL) peut être converti ; « %1 » est nouveau.</translation>
    </message>
    <message>
        <source>Only a sales-qualified lead (SQL) can be converted; “%1” is an MQL.</source>
        <translation>Seul un lead qualifié pour la vente (SQL) peut être converti ; « %1 » est un MQL.</translation>
    </message>
    <message>
        <source>Only a sales-qualified lead (SQL) can be converted; “%1” is disqualified.</source>
        <translation>Seul un lead qualifié pour la vente (SQL) peut être converti ; « %1 » est disqualifié.</translation>
    </message>
    <message>
        <source>Only a sales-qualified lead (SQL) can be converted; “%1” is converted.</source>
        <translation>Seul un lead qualifié pour la vente (SQL) peut être converti ; « %1 » est déjà converti.</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use a hex code such as %2.</source>
        <translation>« %1 » n’est pas une couleur ; utilisez un code hexadécimal comme %2.</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist.</source>
        <translation>Le fichier de logo %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG, GIF or BMP image.</source>
        <translation>Le logo doit être une image PNG, JPEG, GIF ou BMP.</translation>
    </message>
    <message>
        <source>Quotas are set by a manager; ask yours to set this one.</source>
        <translation>Les objectifs sont fixés par un responsable ; demandez au vôtre de fixer celui-ci.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR.</source>
        <translation>« %1 » n’est pas un code de devise comme EUR.</translation>
    </message>
    <message>
        <source>“%1 %2” is not an amount of money.</source>
        <translation>« %1 %2 » n’est pas un montant.</translation>
    </message>
    <message>
        <source>A quota is an amount from 0 up to %1.</source>
        <translation>Un objectif est un montant de 0 à %1.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as USD.</source>
        <translation>« %1 » n’est pas un code de devise comme USD.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>A rate is a number above 0 (and below a million).</source>
        <translation>Un taux est un nombre supérieur à 0 (et inférieur à un million).</translation>
    </message>
    <message>
        <source>A price list called “%1” already exists.</source>
        <translation>Une liste de prix nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Another product already has the code “%1”.</source>
        <translation>Un autre produit a déjà le code « %1 ».</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 : doit être un nombre.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100 %.</source>
        <translation>%1 : doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be negative.</source>
        <translation>%1 : ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 is implausibly large.</source>
        <translation>%1 : valeur invraisemblablement élevée.</translation>
    </message>
    <message>
        <source>Two prices in %1 on the same price list.</source>
        <translation>Deux prix en %1 sur la même liste de prix.</translation>
    </message>
    <message>
        <source>A lead needs a name or a company.</source>
        <translation>Un lead a besoin d’un nom ou d’une entreprise.</translation>
    </message>
    <message>
        <source>A lead can&apos;t be merged with itself.</source>
        <translation>Un lead ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>The end of the range must be after its start.</source>
        <translation>La fin de la période doit être après son début.</translation>
    </message>
    <message>
        <source>%1 is not encrypted; there is nothing to unlock.</source>
        <extracomment>shown once when encryption is switched on; None otherwise</extracomment>
        <translation>%1 n’est pas chiffré ; il n’y a rien à déverrouiller.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <extracomment>statuses of a lead someone still has to work on</extracomment>
        <translation>Choisissez au moins un jour ouvré.</translation>
    </message>
    <message>
        <source>“%1” is not a reason for winning a deal.</source>
        <translation>« %1 » n’est pas un motif de gain d’une opportunité.</translation>
    </message>
    <message>
        <source>“%1” is not a reason for losing a deal.</source>
        <translation>« %1 » n’est pas un motif de perte d’une opportunité.</translation>
    </message>
    <message>
        <source>“%1” is not a reason for disqualifying a lead.</source>
        <translation>« %1 » n’est pas un motif de disqualification d’un lead.</translation>
    </message>
    <message>
        <source>“%1” is not a reason for rejecting an offer.</source>
        <translation>« %1 » n’est pas un motif de refus d’une offre.</translation>
    </message>
    <message>
        <source>%1 already owns this deal.</source>
        <translation>%1 est déjà propriétaire de cette opportunité.</translation>
    </message>
    <message>
        <source>A mandatory checklist item of the stage can&apos;t be deleted.</source>
        <translation>Un point obligatoire de la liste de l’étape ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Leads and offers are done by contacting them: log a call.</source>
        <translation>Les leads et les offres se traitent en prenant contact : enregistrez un appel.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Conditions de livraison</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Discount reason</source>
        <translation>Motif de la remise</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût d’achat</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>A price</source>
        <translation>Un prix</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or Excel XLSX, with the column names in the first row, e.g. an export from a web form or another CRM.</source>
        <translation>CSV (virgule, point-virgule ou tabulation ; UTF-8 ou Windows-1252) ou Excel XLSX, avec les noms de colonnes sur la première ligne, p. ex. un export d&apos;un formulaire web ou d&apos;un autre CRM.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importer des leads</translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>Fichiers de leads (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>Lecture de %s…</translation>
    </message>
    <message>
        <source>%d rows and %d columns (%s).</source>
        <translation>%d lignes et %d colonnes (%s).</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota disque est épuisé</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>le fichier dépasse ce que ce disque ou ce compte autorise</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>le nom de fichier est trop long</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2. It was left as it was.</source>
        <translation>Impossible d’écrire %1 : %2. Le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, account or contact…</source>
        <translation>Rechercher un titre, un compte ou un contact…</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Toutes les affaires</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>Mes affaires</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Partagées avec moi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Only deals with an overdue task</source>
        <translation>Seulement les affaires avec une tâche en retard</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Only idle (“rotting”) deals: no progress (completed activity or stage change) for longer than the stage&apos;s target days, and nothing scheduled</source>
        <translation>Seulement les affaires en sommeil : aucun progrès (activité terminée ou changement d&apos;étape) depuis plus longtemps que la durée cible de l&apos;étape, et rien de planifié</translation>
    </message>
    <message>
        <source>Min value</source>
        <translation>Valeur min.</translation>
    </message>
    <message>
        <source>Max value</source>
        <translation>Valeur max.</translation>
    </message>
    <message>
        <source>Any close date</source>
        <translation>Toute date de clôture</translation>
    </message>
    <message>
        <source>Past expected close</source>
        <translation>Clôture prévue dépassée</translation>
    </message>
    <message>
        <source>Closing this month</source>
        <translation>Clôture ce mois-ci</translation>
    </message>
    <message>
        <source>Closing next month</source>
        <translation>Clôture le mois prochain</translation>
    </message>
    <message>
        <source>Closing this quarter</source>
        <translation>Clôture ce trimestre</translation>
    </message>
    <message>
        <source>Closing next quarter</source>
        <translation>Clôture le trimestre prochain</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show all deals again</source>
        <translation>Afficher de nouveau toutes les affaires</translation>
    </message>
    <message>
        <source>Value range and expected close date</source>
        <translation>Plage de valeur et date de clôture prévue</translation>
    </message>
    <message>
        <source>Value from</source>
        <translation>Valeur de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Filters (%d)</source>
        <translation>Filtres (%d)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>In each deal&apos;s own currency</source>
        <translation>Dans la devise propre à chaque affaire</translation>
    </message>
    <message>
        <source>“%s” is not an amount</source>
        <translation>« %s » n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>Owner: %s</source>
        <translation>Responsable : %s</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>what `save()` hands back: a function the write thread calls with the database a form field&apos;s name where it differs from the input&apos;s field it edits</extracomment>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 is not a readable XLSX workbook (%2).</source>
        <translation>%1 n’est pas un classeur XLSX lisible (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Can&apos;t read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) file. Save it as .xlsx or CSV.</source>
        <translation>%1 est un ancien fichier Excel 97-2003 (.xls). Enregistrez-le en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a CSV or XLSX table.</source>
        <translation>%1 est un fichier binaire, pas un tableau CSV ou XLSX.</translation>
    </message>
    <message>
        <source>%1 is not readable text (%2).</source>
        <translation>%1 n’est pas un texte lisible (%2).</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted value is never closed (a missing &quot;), so the rest of the file can&apos;t be read reliably. Nothing was imported.</source>
        <translation>%1, ligne %2 : une valeur entre guillemets n’est jamais fermée (un &quot; manque), le reste du fichier ne peut donc pas être lu de façon fiable. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, ligne %2 : %3.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 n’a aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>More cells than the header has columns (a stray delimiter?).</source>
        <translation>Plus de cellules que l’en-tête n’a de colonnes (un séparateur en trop ?).</translation>
    </message>
    <message>
        <source>Active “%1” must be yes or no.</source>
        <translation>Actif « %1 » doit être oui ou non.</translation>
    </message>
    <message>
        <source>Price in %1 “%2” is not a number.</source>
        <translation>Le prix en %1 « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>No price list is called “%1”.</source>
        <translation>Aucune liste de prix ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>No price list exists yet; create one first.</source>
        <translation>Il n’existe encore aucune liste de prix ; créez-en une d’abord.</translation>
    </message>
    <message>
        <source>Code “%1” is already on line %2.</source>
        <translation>Le code « %1 » figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>The file has a header but no products.</source>
        <translation>Le fichier a un en-tête mais aucun produit.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) have errors.</source>
        <translation>Rien n’a été importé : %1 ligne(s) comportent des erreurs.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is never closed (a missing &quot;), so the rest of the file can&apos;t be read reliably. Nothing was imported.</source>
        <translation>Ligne %1 : une valeur entre guillemets n’est jamais fermée (un &quot; manquant), le reste du fichier ne peut donc pas être lu de façon fiable. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not a readable table: %1.</source>
        <translation>Le fichier n’est pas un tableau lisible : %1.</translation>
    </message>
    <message>
        <source>The first line must name the columns.</source>
        <translation>La première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header.</source>
        <translation>La colonne « %1 » apparaît deux fois dans l’en-tête.</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Ligne %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB.</source>
        <translation>%1 dépasse 200 Mo.</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file.</source>
        <translation>Ce n’est pas un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>Missing column(s): %1. Found: %2.</source>
        <translation>Colonne(s) manquante(s) : %1. Trouvées : %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date (use e.g. 2026-03-31 or 31.03.2026).</source>
        <translation>« %1 » n’est pas une date (écrivez par ex. 2026-03-31 ou 31.03.2026).</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows in the file and import again:</source>
        <translation>Rien n&apos;a été importé. Corrigez ces lignes dans le fichier et importez de nouveau :</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the &amp;system (%1)</source>
        <translation>Comme le &amp;système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sales Workbench speaks %1 from its next start.</source>
        <translation>Sales Workbench sera en %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>&amp;Inbound/outbound</source>
        <translation>&amp;Entrant/sortant</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Merged into the existing lead %s.</source>
        <translation>Fusionné avec le lead existant %s.</translation>
    </message>
    <message>
        <source>Not saved: decide between merging and keeping both.</source>
        <translation>Non enregistré : choisissez entre fusionner et garder les deux.</translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>has %1 values but the header has %2 columns (a missing quote or an extra delimiter?)</source>
        <translation>a %1 valeurs mais l’en-tête a %2 colonnes (un guillemet manquant ou un séparateur en trop ?)</translation>
    </message>
    <message>
        <source>column %1: a formula with no calculated value (%2); open and save the file in Excel or LibreOffice first, or paste values</source>
        <translation>colonne %1 : une formule sans valeur calculée (%2) ; ouvrez et enregistrez d’abord le fichier dans Excel ou LibreOffice, ou collez les valeurs</translation>
    </message>
    <message>
        <source>“%1” is neither inbound nor outbound.</source>
        <translation>« %1 » n’est ni entrant ni sortant.</translation>
    </message>
    <message>
        <source>“%1” is not a country we know; the phone number was read as %2</source>
        <translation>« %1 » n&apos;est pas un pays connu ; le numéro a été lu comme %2</translation>
    </message>
    <message>
        <source>Phone numbers without a country code were read in the country of the row&apos;s “%1” column, or where it names none, as %2.</source>
        <translation>Les numéros sans indicatif ont été lus dans le pays de la colonne « %1 » de la ligne, ou, si elle n&apos;en indique aucun, comme %2.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code were read as %1.</source>
        <translation>Les numéros sans indicatif ont été lus comme %1.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code were read in the country of the row&apos;s “%1” column; where it names none, they could not be read: no company country is set (company profile), so rows with such numbers were rejected.</source>
        <translation>Les numéros sans indicatif ont été lus dans le pays de la colonne « %1 » de la ligne ; si elle n&apos;en indique aucun, ils n&apos;ont pas pu être lus : aucun pays n&apos;est défini pour l&apos;entreprise (profil de l&apos;entreprise), les lignes avec de tels numéros ont donc été refusées.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code could not be read: no company country is set (company profile), so rows with such numbers were rejected.</source>
        <translation>Les numéros sans indicatif n&apos;ont pas pu être lus : aucun pays n&apos;est défini pour l&apos;entreprise (profil de l&apos;entreprise), les lignes avec de tels numéros ont donc été refusées.</translation>
    </message>
    <message>
        <source>1 empty row was skipped: line %1.</source>
        <translation>1 ligne vide a été ignorée : ligne %1.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>%1 empty rows were skipped: lines %2%3.</source>
        <translation>%1 lignes vides ont été ignorées : lignes %2%3.</translation>
    </message>
    <message>
        <source>Would import %1 of %2 rows; duplicates: %3 skipped, %4 merged; rejected: %5.</source>
        <translation>%1 lignes sur %2 seraient importées ; doublons : %3 ignorés, %4 fusionnés ; refusées : %5.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows; duplicates: %3 skipped, %4 merged; rejected: %5.</source>
        <translation>%1 lignes sur %2 importées ; doublons : %3 ignorés, %4 fusionnés ; refusées : %5.</translation>
    </message>
    <message>
        <source>Lead import report for %1 (%2)</source>
        <translation>Rapport d’import de leads pour %1 (%2)</translation>
    </message>
    <message>
        <source>Lead import report (%1)</source>
        <translation>Rapport d’import de leads (%1)</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Not imported (no matching field): %1</source>
        <translation>Non importé (aucun champ correspondant) : %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Rejected rows (%1):</source>
        <translation>Lignes refusées (%1) :</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>Avertissements (%1) :</translation>
    </message>
    <message>
        <source>Duplicates (%1):</source>
        <translation>Doublons (%1) :</translation>
    </message>
    <message>
        <source>line %1: %2, same as %3</source>
        <translation>ligne %1 : %2, identique à %3</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>barre verticale</translation>
    </message>
</context>
<context>
    <name>LeadImportWizard</name>
    <message>
        <source>Import leads</source>
        <translation>Importer des leads</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Aucun lead sélectionné</translation>
    </message>
    <message>
        <source>Arrived %s</source>
        <translation>Arrivé %s</translation>
    </message>
    <message>
        <source>First contact %s</source>
        <translation>Premier contact %s</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Pas encore contacté</translation>
    </message>
    <message>
        <source>Disqualified: %s %s</source>
        <translation>Disqualifié : %s %s</translation>
    </message>
</context>
<context>
    <name>LeadsArea</name>
    <message>
        <source>Open (new, MQL, SQL)</source>
        <translation>Ouverts (nouveau, MQL, SQL)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any response time</source>
        <translation>Tout délai de réponse</translation>
    </message>
    <message>
        <source>Waiting &gt; 1 business day</source>
        <translation>En attente &gt; 1 jour ouvré</translation>
    </message>
    <message>
        <source>Waiting &gt; 2 business days</source>
        <translation>En attente &gt; 2 jours ouvrés</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Inbound and outbound</source>
        <translation>Entrants et sortants</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>De tout le monde</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Working days…</source>
        <translation>Jours ouvrés…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Disqualifier…</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Convertir…</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Consigner un appel…</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifier</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Consigner un appel</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importer des leads</translation>
    </message>
    <message numerus="yes">
        <source>%n leads</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualify as SQL</source>
        <translation>Qualifier en SQL</translation>
    </message>
    <message>
        <source>Qualify as MQL</source>
        <translation>Qualifier en MQL</translation>
    </message>
    <message>
        <source>%s is now %s.</source>
        <translation>%s est maintenant %s.</translation>
    </message>
    <message>
        <source>Qualify %s</source>
        <translation>Qualifier %s</translation>
    </message>
    <message>
        <source>Disqualify %s</source>
        <translation>Disqualifier %s</translation>
    </message>
    <message>
        <source>%s converted: the deal is on the board.</source>
        <translation>%s converti : l&apos;affaire est sur le tableau.</translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Pick a product from the list.</source>
        <translation>Choisissez un produit dans la liste.</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>Ajouter %s</translation>
    </message>
    <message>
        <source>%s has no price in %s on this list; enter one.</source>
        <translation>%s n&apos;a pas de prix en %s sur cette liste ; saisissez-en un.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Section of the selected lines:</source>
        <translation>Section des lignes sélectionnées :</translation>
    </message>
    <message>
        <source>Set section</source>
        <translation>Définir la section</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Modifier la section</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Modifier le code</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Edit quantity</source>
        <translation>Modifier la quantité</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Modifier l&apos;unité</translation>
    </message>
    <message>
        <source>Edit unit price</source>
        <translation>Modifier le prix unitaire</translation>
    </message>
    <message>
        <source>Edit discount</source>
        <translation>Modifier la remise</translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation>Modifier le taux de TVA</translation>
    </message>
    <message>
        <source>Edit optional</source>
        <translation>Modifier l&apos;option</translation>
    </message>
    <message>
        <source>Edit line</source>
        <translation>Modifier la ligne</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n line(s)</source>
        <translation>
            <numerusform>Supprimer %n ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Déplacer la ligne</translation>
    </message>
    <message>
        <source>Priced below cost</source>
        <translation>Prix inférieur au coût</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation>Compte enregistré.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation>Lead enregistré.</translation>
    </message>
    <message>
        <source>New record</source>
        <extracomment>how many further pages a list loads to reach a record it was asked to show tables whose changes make this list reload</extracomment>
        <translation>Nouvel enregistrement</translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>Enregistrement sauvegardé.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Loading failed: %s</source>
        <translation>Échec du chargement : %s</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %s?</source>
        <translation>Supprimer %s ?</translation>
    </message>
    <message>
        <source>%s deleted.</source>
        <translation>%s supprimé.</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Offer saved.</source>
        <translation>Offre enregistrée.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation>Produit enregistré.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <extracomment>emitted once the window has closed (the app quits then, unless it is restoring) once, when the area the window opened on shows what it loaded: the start is over, and the background checks of the file may begin without slowing it down</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Company profile…</source>
        <translation>Profil de l&apos;&amp;entreprise…</translation>
    </message>
    <message>
        <source>Load &amp;demo company</source>
        <translation>Charger l&apos;entreprise de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Team sync…</source>
        <translation>Synchronisation d&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Votre &amp;profil…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>This database is empty. Load a demo company (2,000 deals) to look around, or start by creating an account.</source>
        <translation>Cette base de données est vide. Chargez une entreprise de démonstration (2 000 affaires) pour découvrir l&apos;application, ou commencez par créer un compte.</translation>
    </message>
    <message>
        <source>Load demo company</source>
        <translation>Charger l&apos;entreprise de démonstration</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Loading the demo company…</source>
        <translation>Chargement de l&apos;entreprise de démonstration…</translation>
    </message>
    <message>
        <source>Demo company loaded.</source>
        <translation>Entreprise de démonstration chargée.</translation>
    </message>
    <message>
        <source>Company profile saved.</source>
        <translation>Profil de l&apos;entreprise enregistré.</translation>
    </message>
    <message>
        <source>Your profile was saved.</source>
        <translation>Votre profil a été enregistré.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Workbench database (*.sqlite)</source>
        <translation>Base de données Workbench (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to %s</source>
        <translation>Sauvegarde écrite dans %s</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Each column of the file fills a field of the lead. Columns set to “Don&apos;t import” are listed in the report.</source>
        <translation>Chaque colonne du fichier remplit un champ du lead. Les colonnes réglées sur « Ne pas importer » sont listées dans le rapport.</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The details are in %2.</source>
        <translation>Un problème est survenu : %1

Les détails se trouvent dans %2.</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add text line</source>
        <translation>Ligne de texte</translation>
    </message>
    <message>
        <source>Set section…</source>
        <translation>Section…</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <source>Compare versions…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Accepted…</source>
        <translation>Acceptée…</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>Refusée…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Add product: type code or name, Enter to add (Ctrl+P)</source>
        <translation>Ajouter un produit : tapez le code ou le nom, Entrée pour ajouter (Ctrl+P)</translation>
    </message>
    <message>
        <source>Discount &amp;&amp; payment</source>
        <translation>Remise &amp;&amp; paiement</translation>
    </message>
    <message>
        <source>Texts &amp;&amp; terms</source>
        <translation>Textes &amp;&amp; conditions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Offre %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %s first?</source>
        <translation>Enregistrer d&apos;abord les modifications de %s ?</translation>
    </message>
    <message>
        <source>Saved. Gross total %s.</source>
        <translation>Enregistrée. Total TTC %s.</translation>
    </message>
    <message>
        <source>%s saved.</source>
        <translation>%s enregistrée.</translation>
    </message>
    <message>
        <source>Rendering the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>Export offer as PDF</source>
        <translation>Exporter l&apos;offre en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %s (%d pages).</source>
        <translation>%s exporté (%d pages).</translation>
    </message>
    <message>
        <source>Add at least one line before sending.</source>
        <translation>Ajoutez au moins une ligne avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Send offer</source>
        <translation>Envoyer l&apos;offre</translation>
    </message>
    <message>
        <source>Send %s to %s? The version is then frozen; later changes go into a new version.</source>
        <translation>Envoyer %s à %s ? La version est alors figée ; les modifications ultérieures iront dans une nouvelle version.</translation>
    </message>
    <message>
        <source>Offer sent; follow-up task created.</source>
        <translation>Offre envoyée ; tâche de relance créée.</translation>
    </message>
    <message>
        <source>Version %d created.</source>
        <translation>Version %d créée.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Compare version %d with version:</source>
        <translation>Comparer la version %d avec la version :</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Offre acceptée</translation>
    </message>
    <message>
        <source>Why we won</source>
        <translation>Pourquoi nous avons gagné</translation>
    </message>
    <message>
        <source>Mark the deal as won</source>
        <translation>Marquer l&apos;affaire comme gagnée</translation>
    </message>
    <message>
        <source>Offer accepted; the deal is won.</source>
        <translation>Offre acceptée ; l&apos;affaire est gagnée.</translation>
    </message>
    <message>
        <source>Offer accepted.</source>
        <translation>Offre acceptée.</translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation>Offre refusée</translation>
    </message>
    <message>
        <source>The customer&apos;s reason</source>
        <translation>Le motif donné par le client</translation>
    </message>
    <message>
        <source>Offer rejected.</source>
        <translation>Offre refusée.</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>%1 is already sent.</source>
        <translation>%1 est déjà envoyé.</translation>
    </message>
    <message>
        <source>%1 is already accepted.</source>
        <translation>%1 est déjà accepté.</translation>
    </message>
    <message>
        <source>%1 is already rejected.</source>
        <translation>%1 est déjà refusé.</translation>
    </message>
    <message>
        <source>%1 has already expired.</source>
        <translation>%1 a déjà expiré.</translation>
    </message>
    <message>
        <source>The offer has no lines yet.</source>
        <translation>L’offre n’a encore aucune ligne.</translation>
    </message>
    <message>
        <source>Offer %1 version %2 sent, %3 gross.</source>
        <translation>Offre %1 version %2 envoyée, %3 TTC.</translation>
    </message>
    <message>
        <source>Offer %1 accepted</source>
        <translation>Offre %1 acceptée</translation>
    </message>
    <message>
        <source>Choose the reason the customer gave.</source>
        <translation>Choisissez le motif donné par le client.</translation>
    </message>
    <message>
        <source>The offer discount of %1 % is above the limit of %2 %; give a reason.</source>
        <translation>La remise de l’offre de %1 % dépasse la limite de %2 % ; indiquez un motif.</translation>
    </message>
    <message>
        <source>The offer discount of %1 % is above the limit of %2 % (reason given).</source>
        <translation>La remise de l’offre de %1 % dépasse la limite de %2 % (motif indiqué).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): discount %3 % is above the limit of %4 %; give a reason.</source>
        <translation>Ligne %1 (« %2 ») : la remise de %3 % dépasse la limite de %4 % ; indiquez un motif.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): discount %3 % is above the limit of %4 %.</source>
        <translation>Ligne %1 (« %2 ») : la remise de %3 % dépasse la limite de %4 %.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”) is priced below cost.</source>
        <translation>Ligne %1 (« %2 ») : le prix est inférieur au coût.</translation>
    </message>
    <message>
        <source>A discount above the limit needs a reason.</source>
        <translation>Une remise au-delà de la limite demande un motif.</translation>
    </message>
    <message>
        <source>An offer needs a customer: an account or a contact.</source>
        <translation>Une offre a besoin d’un client : un compte ou un contact.</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>La ligne %1 a besoin d’une description.</translation>
    </message>
    <message>
        <source>Line %1: %2 must be a number.</source>
        <translation>Ligne %1 : %2 doit être un nombre.</translation>
    </message>
    <message>
        <source>Line %1: %2 can&apos;t be negative.</source>
        <translation>Ligne %1 : %2 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Line %1: percentages go up to 100.</source>
        <translation>Ligne %1 : les pourcentages vont jusqu’à 100.</translation>
    </message>
    <message>
        <source>Line %1: the amount is implausibly large.</source>
        <translation>Ligne %1 : le montant est invraisemblablement élevé.</translation>
    </message>
    <message>
        <source>The offer discount must be between 0 and 100 %.</source>
        <translation>La remise de l’offre doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>An offer can have at most %1 lines.</source>
        <translation>Une offre peut avoir au plus %1 lignes.</translation>
    </message>
    <message>
        <source>Instalments and leasing run 1 to 240 months.</source>
        <translation>Les mensualités et le leasing vont de 1 à 240 mois.</translation>
    </message>
    <message>
        <source>Leasing rate and residual value must be percentages.</source>
        <translation>Le loyer de leasing et la valeur résiduelle doivent être des pourcentages.</translation>
    </message>
    <message>
        <source>Each add-on needs a name and a price per month.</source>
        <translation>Chaque option a besoin d’un nom et d’un prix mensuel.</translation>
    </message>
    <message>
        <source>%1 was accepted; it can&apos;t be revised.</source>
        <translation>%1 a été accepté ; il ne peut plus être révisé.</translation>
    </message>
    <message>
        <source>%1 has been sent; it can be rejected, not deleted.</source>
        <translation>%1 a été envoyé ; il peut être refusé, pas supprimé.</translation>
    </message>
</context>
<context>
    <name>OffersArea</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Company profile…</source>
        <translation>Profil de l&apos;entreprise…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>O&amp;ffres</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>affaire</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>&amp;Expected close</source>
        <translation>Clôture &amp;prévue</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <source>As the stage says</source>
        <translation>Selon l&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>Pré&amp;vision</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Checklist of “%s”. Mandatory items must be done before the deal moves on.</source>
        <translation>Checklist de « %s ». Les points obligatoires doivent être faits avant que l&apos;affaire avance.</translation>
    </message>
    <message>
        <source>As the stage says (%s)</source>
        <translation>Selon l&apos;étape (%s)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Marquer gagnée</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Marquer perdue</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>stage %s of %s:</source>
        <translation>étape %s sur %s :</translation>
    </message>
    <message>
        <source>%s %% probability</source>
        <translation>probabilité %s %%</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>collègue</translation>
    </message>
    <message>
        <source>stand-in</source>
        <translation>remplaçant(e)</translation>
    </message>
    <message>
        <source>Not shared: only the owner works on this deal.</source>
        <translation>Non partagée : seul le responsable travaille sur cette opportunité.</translation>
    </message>
    <message>
        <source>Shared with %s</source>
        <translation>Partagée avec %s</translation>
    </message>
    <message>
        <source>Shared with %s and %s</source>
        <translation>Partagée avec %s et %s</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Ne plus partager</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>  (mandatory)</source>
        <translation>  (obligatoire)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Gross total</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>No offers for this deal yet.</source>
        <translation>Pas encore d&apos;offre pour cette affaire.</translation>
    </message>
    <message>
        <source>&amp;New offer</source>
        <translation>&amp;Nouvelle offre</translation>
    </message>
    <message>
        <source>&amp;Open offer</source>
        <translation>&amp;Ouvrir l&apos;offre</translation>
    </message>
</context>
<context>
    <name>PhoneLabel</name>
    <message>
        <source>Call %s</source>
        <translation>Appeler %s</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>Classic seven steps</source>
        <translation>Classique en sept étapes</translation>
    </message>
    <message>
        <source>The classic sales process, from prospecting to follow-up.</source>
        <translation>Le processus de vente classique, de la prospection au suivi.</translation>
    </message>
    <message>
        <source>Prospect for potential customers</source>
        <translation>Prospecter des clients potentiels</translation>
    </message>
    <message>
        <source>Check the customer fits the target profile</source>
        <translation>Vérifier que le client correspond au profil cible</translation>
    </message>
    <message>
        <source>Prepare for the first contact</source>
        <translation>Préparer le premier contact</translation>
    </message>
    <message>
        <source>Research the account and its decision makers</source>
        <translation>Étudier le compte et ses décideurs</translation>
    </message>
    <message>
        <source>Approach the customer</source>
        <translation>Approcher le client</translation>
    </message>
    <message>
        <source>Book a first meeting</source>
        <translation>Fixer un premier rendez-vous</translation>
    </message>
    <message>
        <source>Present the solution</source>
        <translation>Présenter la solution</translation>
    </message>
    <message>
        <source>Run the presentation or demo</source>
        <translation>Faire la présentation ou la démonstration</translation>
    </message>
    <message>
        <source>Price the project</source>
        <translation>Chiffrer le projet</translation>
    </message>
    <message>
        <source>Handle objections</source>
        <translation>Traiter les objections</translation>
    </message>
    <message>
        <source>Record the customer&apos;s objections and answers</source>
        <translation>Noter les objections du client et les réponses</translation>
    </message>
    <message>
        <source>Close the sale</source>
        <translation>Conclure la vente</translation>
    </message>
    <message>
        <source>Attach the signed contract</source>
        <translation>Joindre le contrat signé</translation>
    </message>
    <message>
        <source>Follow up after the sale</source>
        <translation>Suivre le client après la vente</translation>
    </message>
    <message>
        <source>Call to check satisfaction</source>
        <translation>Appeler pour vérifier la satisfaction</translation>
    </message>
    <message>
        <source>Ask for a referral or review</source>
        <translation>Demander une recommandation ou un avis</translation>
    </message>
    <message>
        <source>Field B2B</source>
        <translation>Terrain B2B</translation>
    </message>
    <message>
        <source>Eight steps for field sales to businesses.</source>
        <translation>Huit étapes pour la vente terrain aux entreprises.</translation>
    </message>
    <message>
        <source>Identify the right customer</source>
        <translation>Identifier le bon client</translation>
    </message>
    <message>
        <source>Confirm need, lasting interest and budget</source>
        <translation>Confirmer le besoin, l&apos;intérêt durable et le budget</translation>
    </message>
    <message>
        <source>Make contact</source>
        <translation>Prendre contact</translation>
    </message>
    <message>
        <source>Reach the decision maker</source>
        <translation>Joindre le décideur</translation>
    </message>
    <message>
        <source>Schedule a sales meeting</source>
        <translation>Planifier un rendez-vous</translation>
    </message>
    <message>
        <source>Book the meeting</source>
        <translation>Fixer le rendez-vous</translation>
    </message>
    <message>
        <source>Sales visit and needs analysis</source>
        <translation>Visite et analyse des besoins</translation>
    </message>
    <message>
        <source>Write up the needs analysis</source>
        <translation>Rédiger l&apos;analyse des besoins</translation>
    </message>
    <message>
        <source>Check technical feasibility</source>
        <translation>Vérifier la faisabilité technique</translation>
    </message>
    <message>
        <source>Prepare and send the offer</source>
        <translation>Préparer et envoyer l&apos;offre</translation>
    </message>
    <message>
        <source>Send the offer to the customer</source>
        <translation>Envoyer l&apos;offre au client</translation>
    </message>
    <message>
        <source>Follow up the offer</source>
        <translation>Relancer l&apos;offre</translation>
    </message>
    <message>
        <source>Call the customer about the offer</source>
        <translation>Appeler le client au sujet de l&apos;offre</translation>
    </message>
    <message>
        <source>Negotiate</source>
        <translation>Négocier</translation>
    </message>
    <message>
        <source>Agree on price and terms</source>
        <translation>S&apos;accorder sur le prix et les conditions</translation>
    </message>
    <message>
        <source>Close and evaluate the outcome</source>
        <translation>Conclure et évaluer le résultat</translation>
    </message>
    <message>
        <source>Record why the deal was won or lost</source>
        <translation>Noter pourquoi l&apos;opportunité a été gagnée ou perdue</translation>
    </message>
    <message>
        <source>Inbound B2B</source>
        <translation>Entrant B2B</translation>
    </message>
    <message>
        <source>For customers who came to us: qualification replaces prospecting.</source>
        <translation>Pour les clients venus à nous : la qualification remplace la prospection.</translation>
    </message>
    <message>
        <source>Qualify the inbound request</source>
        <translation>Qualifier la demande entrante</translation>
    </message>
    <message>
        <source>Call back within one business day</source>
        <translation>Rappeler sous un jour ouvré</translation>
    </message>
    <message>
        <source>Run a needs analysis</source>
        <translation>Mener une analyse des besoins</translation>
    </message>
    <message>
        <source>Outbound B2B</source>
        <translation>Sortant B2B</translation>
    </message>
    <message>
        <source>For customers we seek out by cold call or e-mail.</source>
        <translation>Pour les clients que nous démarchons par appel ou e-mail.</translation>
    </message>
    <message>
        <source>Build the prospect list</source>
        <translation>Constituer la liste de prospects</translation>
    </message>
    <message>
        <source>Cold call or e-mail the prospect</source>
        <translation>Appeler ou écrire au prospect</translation>
    </message>
    <message>
        <source>Log the first call</source>
        <translation>Noter le premier appel</translation>
    </message>
    <message>
        <source>Short process</source>
        <translation>Processus court</translation>
    </message>
    <message>
        <source>Four steps for small deals and software trials.</source>
        <translation>Quatre étapes pour les petites affaires et les essais de logiciel.</translation>
    </message>
    <message>
        <source>Register the lead</source>
        <translation>Enregistrer le lead</translation>
    </message>
    <message>
        <source>Contact the customer</source>
        <translation>Contacter le client</translation>
    </message>
    <message>
        <source>Hold a meeting or teleconference</source>
        <translation>Tenir une réunion ou une téléconférence</translation>
    </message>
    <message>
        <source>Send a quote or start a trial</source>
        <translation>Envoyer un devis ou lancer un essai</translation>
    </message>
    <message>
        <source>Send the quote</source>
        <translation>Envoyer le devis</translation>
    </message>
    <message>
        <source>Finalise the contract</source>
        <translation>Finaliser le contrat</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview — %s</source>
        <translation>Aperçu — %s</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans la visionneuse PDF</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Skip rows that are already there</source>
        <translation>Ignorer les lignes déjà présentes</translation>
    </message>
    <message>
        <source>Merge them (fill empty fields of the existing lead)</source>
        <translation>Les fusionner (compléter les champs vides du lead existant)</translation>
    </message>
    <message>
        <source>Import them anyway</source>
        <translation>Les importer quand même</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Doublons :</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Not imported columns: %s</source>
        <translation>Colonnes non importées : %s</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>same as %s</source>
        <translation>identique à %s</translation>
    </message>
    <message>
        <source>%d more in the report</source>
        <translation>%d de plus dans le rapport</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation>Listes de prix</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>  — default</source>
        <translation>  — par défaut</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>Nouvelle liste de prix</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove the price list “%s”?</source>
        <translation>Supprimer la liste de prix « %s » ?</translation>
    </message>
</context>
<context>
    <name>PricingTab</name>
    <message>
        <source>Offer &amp;discount %</source>
        <translation>&amp;Remise sur l&apos;offre %</translation>
    </message>
    <message>
        <source>Discount &amp;reason</source>
        <translation>&amp;Motif de la remise</translation>
    </message>
    <message>
        <source>Price &amp;list</source>
        <translation>&amp;Liste de prix</translation>
    </message>
    <message>
        <source>One-off payment</source>
        <translation>Paiement unique</translation>
    </message>
    <message>
        <source>Instalments, months:</source>
        <translation>Échelonné, mois :</translation>
    </message>
    <message>
        <source>Leasing, months:</source>
        <translation>Leasing, mois :</translation>
    </message>
    <message>
        <source>rate % p.a.</source>
        <translation>taux % par an</translation>
    </message>
    <message>
        <source>residual %</source>
        <translation>valeur résiduelle %</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>A monthly add-on such as an insurance or a service plan</source>
        <translation>Une option mensuelle, par exemple une assurance ou un contrat de service</translation>
    </message>
    <message>
        <source>Add add-on</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Needed above %s %%</source>
        <translation>Nécessaire au-delà de %s %%</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The offer discount</source>
        <translation>La remise sur l&apos;offre</translation>
    </message>
    <message>
        <source>The leasing rate</source>
        <translation>Le taux de leasing</translation>
    </message>
    <message>
        <source>The residual value</source>
        <translation>La valeur résiduelle</translation>
    </message>
    <message>
        <source>Add-on “%s”: price and tax must be numbers.</source>
        <translation>Option « %s » : le prix et la TVA doivent être des nombres.</translation>
    </message>
    <message>
        <source>%s must be a number.</source>
        <translation>%s doit être un nombre.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>&amp;Tax rate %</source>
        <translation>Taux de &amp;TVA %</translation>
    </message>
    <message>
        <source>C&amp;ost per unit</source>
        <translation>C&amp;oût unitaire</translation>
    </message>
    <message>
        <source>Cost c&amp;urrency</source>
        <translation>D&amp;evise du coût</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Liste de prix</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>Ajouter un prix</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>ProductsArea</name>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Price lists…</source>
        <translation>Listes de prix…</translation>
    </message>
    <message>
        <source>Price (%s)</source>
        <translation>Prix (%s)</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Importing %s…</source>
        <translation>Importation de %s…</translation>
    </message>
    <message>
        <source>Imported: %d new, %d updated products, %d prices.</source>
        <translation>Importés : %d nouveaux produits, %d mis à jour, %d prix.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Me</source>
        <extracomment>the person&apos;s name until they give theirs in the profile, written in their language when the database is created (lists show it; offers and e-mails leave it out)</extracomment>
        <translation>Moi</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Welcome. Your name, e-mail and phone appear as owner of your records, as “Your contact” on offers and under your e-mails. You can change them later under Settings ▸ Your profile.</source>
        <translation>Bienvenue. Votre nom, votre e-mail et votre téléphone apparaissent comme responsable de vos fiches, comme « Votre contact » sur les offres et sous vos e-mails. Vous pourrez les modifier plus tard dans Paramètres ▸ Votre profil.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>e.g. Anna Weber</source>
        <translation>p. ex. Anna Weber</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>e.g. +49 40 123457, or 040 123457</source>
        <translation>p. ex. +33 1 23 45 67 89 ou 01 23 45 67 89</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>Closes your e-mails, e.g.
Anna Weber
Key Account Manager</source>
        <translation>Termine vos e-mails, p. ex.
Anna Weber
Responsable grands comptes</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>P&amp;hoto</source>
        <translation>P&amp;hoto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>Quotidienne (automatique)</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RecordWatch</name>
    <message>
        <source>%s changed this %s while you were editing.</source>
        <extracomment>who made the change, if the record&apos;s history says: (db, since) -&gt; a name or None</extracomment>
        <translation>%s a modifié cet enregistrement (%s) pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un collègue</translation>
    </message>
    <message>
        <source>This %s was changed elsewhere in the window while you were editing.</source>
        <translation>Cet enregistrement (%s) a été modifié ailleurs dans la fenêtre pendant que vous le modifiiez.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message numerus="yes">
        <source>Double-click to list the %n record(s) behind this figure</source>
        <translation>
            <numerusform>Double-cliquez pour lister l&apos;enregistrement (%n) derrière ce chiffre</numerusform>
            <numerusform>Double-cliquez pour lister les %n enregistrements derrière ce chiffre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Per person who logged the work, by week (Monday to Sunday in the report&apos;s time zone). Calls: completed calls that started in the period; connects: calls someone answered (connected, meeting booked, not interested, call back later); meetings booked: calls with that outcome; calls per meeting = calls ÷ meetings booked. Meetings held: completed meetings and visits. Tasks done: tasks completed in the period by their assignee; overdue: open tasks due in the period whose due time has passed. Lead response: for leads first contacted in the period, hours from arrival to first contact (median).</source>
        <translation>Par personne ayant saisi le travail, par semaine (du lundi au dimanche dans le fuseau horaire du rapport). Appels : appels terminés commencés dans la période ; joints : appels auxquels quelqu&apos;un a répondu (joint, rendez-vous pris, pas intéressé, rappeler plus tard) ; rendez-vous pris : appels avec ce résultat ; appels par rendez-vous = appels ÷ rendez-vous pris. Rendez-vous tenus : rendez-vous et visites terminés. Tâches faites : tâches terminées dans la période par leur responsable ; en retard : tâches ouvertes échues dans la période dont l&apos;échéance est passée. Réaction aux leads : pour les leads contactés pour la première fois dans la période, heures entre l&apos;arrivée et le premier contact (médiane).</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>Par commercial</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Calls and meetings per week</source>
        <translation>Appels et rendez-vous par semaine</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Joints</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Calls per meeting</source>
        <translation>Appels par rendez-vous</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rendez-vous tenus</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tâches faites</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Leads contacted</source>
        <translation>Leads contactés</translation>
    </message>
    <message>
        <source>Lead response, median hours</source>
        <translation>Réaction aux leads, heures (médiane)</translation>
    </message>
    <message>
        <source>Open deals with at least one warning sign. Pushed back: the expected close date was moved later during the period (each move counts, from the deal&apos;s history events). Idle: no progress for longer than the stage&apos;s target days. Stuck: in the current stage for more than %1 × its target days. Days are counted to now.</source>
        <translation>Affaires ouvertes présentant au moins un signal d&apos;alerte. Reportée : la date de clôture prévue a été repoussée pendant la période (chaque report compte, d&apos;après l&apos;historique de l&apos;affaire). Inactive : aucun progrès depuis plus longtemps que les jours cibles de l&apos;étape. Bloquée : dans l&apos;étape actuelle depuis plus de %1 × ses jours cibles. Les jours sont comptés jusqu&apos;à maintenant.</translation>
    </message>
    <message>
        <source>Customers whose latest deal was won or lost at least the chosen number of months ago and with whom nobody has logged a call, meeting, e-mail or visit since: a satisfaction call or a referral for the won, a second chance for the lost. “Create call tasks” gives the deal&apos;s owner one call task per customer.</source>
        <translation>Clients dont la dernière affaire a été gagnée ou perdue il y a au moins le nombre de mois choisi et avec qui personne n&apos;a saisi d&apos;appel, de rendez-vous, d&apos;e-mail ou de visite depuis : un appel de satisfaction ou une recommandation pour les gagnées, une seconde chance pour les perdues. « Créer des tâches d&apos;appel » donne au responsable de l&apos;affaire une tâche d&apos;appel par client.</translation>
    </message>
    <message>
        <source>Slipping deals</source>
        <translation>Affaires qui glissent</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Pushed back</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Days pushed</source>
        <translation>Jours de report</translation>
    </message>
    <message>
        <source>Days idle</source>
        <translation>Jours sans activité</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Jours dans l&apos;étape</translation>
    </message>
    <message>
        <source>The %1 deals pushed back most often and idle longest are listed here; the counts above cover all %2, and double-clicking one lists them all.</source>
        <translation>Les %1 affaires les plus souvent repoussées et inactives depuis le plus longtemps sont listées ici ; les nombres ci-dessus couvrent les %2, et un double-clic sur l&apos;un d&apos;eux les liste toutes.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Close date pushed back in the period</source>
        <translation>Date de clôture reportée dans la période</translation>
    </message>
    <message>
        <source>Idle beyond the stage&apos;s target days</source>
        <translation>Inactive au-delà des jours cibles de l&apos;étape</translation>
    </message>
    <message>
        <source>In the stage over %1 × its target days</source>
        <translation>Dans l&apos;étape plus de %1 × ses jours cibles</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>L&apos;un de ces signaux</translation>
    </message>
    <message>
        <source>Customers closed %1 or more months ago, not contacted since</source>
        <translation>Clients conclus il y a %1 mois ou plus, sans contact depuis</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Conclue le</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>Aucun chiffre sur cette période.</translation>
    </message>
    <message>
        <source>Cohort funnel: the deals created in the period, per sales process. A deal has reached a stage when it entered that stage or any later one (a skipped stage counts as passed; moving back does not undo a stage reached). Next step = reached ÷ reached the stage before; cumulative = reached ÷ deals in the cohort. Period funnel: deals that entered each stage within the period, each deal once per stage (a move back into a stage is an entry). Time in stage, for the cohort: latest = the most recent stay, cumulative = all stays added up (a reopened deal&apos;s time counts again); an open stay runs until now. Leads: those received in the period and how many were contacted, qualified (SQL or converted), became a deal and were won.</source>
        <translation>Entonnoir de cohorte : les affaires créées dans la période, par processus de vente. Une affaire a atteint une étape quand elle est entrée dans cette étape ou une suivante (une étape sautée compte comme franchie ; revenir en arrière n&apos;annule pas une étape atteinte). Étape suivante = atteint ÷ atteint l&apos;étape précédente ; cumulé = atteint ÷ affaires de la cohorte. Entonnoir de période : affaires entrées dans chaque étape pendant la période, chaque affaire une fois par étape (revenir dans une étape est une entrée). Temps dans l&apos;étape, pour la cohorte : dernier = le passage le plus récent, cumulé = tous les passages additionnés (le temps d&apos;une affaire rouverte compte à nouveau) ; un passage en cours court jusqu&apos;à maintenant. Leads : ceux reçus dans la période et combien ont été contactés, qualifiés (SQL ou convertis), sont devenus une affaire et ont été gagnés.</translation>
    </message>
    <message>
        <source>Deals won or lost in the period (by their actual close date), credited to the person who closed them. Win rate = won ÷ (won + lost), by count and by value, with the number of closed deals (n). Values in the company currency at the rate of each close day; a deal with no rate is counted but left out of values. Average deal size = won value ÷ won deals. Cycle = days from creation to close, won and lost apart (median and mean). Velocity = open deals × win rate × average deal size ÷ average won cycle, per 30 days.</source>
        <translation>Affaires gagnées ou perdues dans la période (selon leur date de clôture réelle), attribuées à la personne qui les a conclues. Taux de réussite = gagnées ÷ (gagnées + perdues), en nombre et en valeur, avec le nombre d&apos;affaires clôturées (n). Valeurs en devise de l&apos;entreprise au taux de chaque jour de clôture ; une affaire sans taux est comptée mais exclue des valeurs. Taille moyenne des affaires = valeur gagnée ÷ affaires gagnées. Cycle = jours de la création à la clôture, gagnées et perdues séparément (médiane et moyenne). Vélocité = affaires ouvertes × taux de réussite × taille moyenne ÷ cycle moyen des gagnées, sur 30 jours.</translation>
    </message>
    <message>
        <source>Cohort funnel: %1</source>
        <translation>Entonnoir de cohorte : %1</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>affaires</translation>
    </message>
    <message>
        <source>%1: cohort funnel (deals created in the period)</source>
        <translation>%1 : entonnoir de cohorte (affaires créées dans la période)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulé</translation>
    </message>
    <message>
        <source>%1: period funnel (stage entries within the period)</source>
        <translation>%1 : entonnoir de période (entrées d&apos;étape dans la période)</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>%1: days in stage (cohort)</source>
        <translation>%1 : jours dans l&apos;étape (cohorte)</translation>
    </message>
    <message>
        <source>Latest stay, median</source>
        <translation>Dernier passage, médiane</translation>
    </message>
    <message>
        <source>Latest stay, mean</source>
        <translation>Dernier passage, moyenne</translation>
    </message>
    <message>
        <source>Cumulative, median</source>
        <translation>Cumulé, médiane</translation>
    </message>
    <message>
        <source>Cumulative, mean</source>
        <translation>Cumulé, moyenne</translation>
    </message>
    <message>
        <source>Leads received in the period</source>
        <translation>Leads reçus dans la période</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Of received</source>
        <translation>Des reçus</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactés</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiés</translation>
    </message>
    <message>
        <source>Became a deal</source>
        <translation>Devenus une affaire</translation>
    </message>
    <message>
        <source>Sales process</source>
        <translation>Processus de vente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No lead (direct)</source>
        <translation>Sans lead (direct)</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>Par équipe</translation>
    </message>
    <message>
        <source>Per sales process</source>
        <translation>Par processus de vente</translation>
    </message>
    <message>
        <source>Per source</source>
        <translation>Par source</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Win rate per rep (by count)</source>
        <translation>Taux de réussite par commercial (en nombre)</translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation>Taux de réussite %</translation>
    </message>
    <message>
        <source>n (closed)</source>
        <translation>n (clôturées)</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Valeur gagnée</translation>
    </message>
    <message>
        <source>Lost value</source>
        <translation>Valeur perdue</translation>
    </message>
    <message>
        <source>Win rate by value</source>
        <translation>Taux de réussite en valeur</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Taille moyenne des affaires</translation>
    </message>
    <message>
        <source>Cycle won, median</source>
        <translation>Cycle gagnées, médiane</translation>
    </message>
    <message>
        <source>Cycle won, mean</source>
        <translation>Cycle gagnées, moyenne</translation>
    </message>
    <message>
        <source>Cycle lost, median</source>
        <translation>Cycle perdues, médiane</translation>
    </message>
    <message>
        <source>Cycle lost, mean</source>
        <translation>Cycle perdues, moyenne</translation>
    </message>
    <message>
        <source>Velocity per 30 days</source>
        <translation>Vélocité sur 30 jours</translation>
    </message>
    <message>
        <source>Counts in the figure</source>
        <translation>Compte dans le chiffre</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount now</source>
        <translation>Montant actuel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Deals won or lost in the period (by close date, credited to who closed them) by the reason given, with their value in the company currency at the close day&apos;s rate; the competitor is the one recorded on a lost deal. Offers: those sent in the period and where they stand now (accepted, rejected with the reason, expired or still waiting). Days to acceptance run from sending to the customer&apos;s yes; the discount is the offer-wide discount of the version sent.</source>
        <translation>Affaires gagnées ou perdues dans la période (selon la date de clôture, attribuées à qui les a conclues) par raison donnée, avec leur valeur en devise de l&apos;entreprise au taux du jour de clôture ; le concurrent est celui saisi sur une affaire perdue. Offres : celles envoyées dans la période et où elles en sont (acceptées, refusées avec la raison, expirées ou toujours en attente). Les jours jusqu&apos;à l&apos;acceptation vont de l&apos;envoi au oui du client ; la remise est la remise globale de la version envoyée.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucune raison donnée</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun saisi</translation>
    </message>
    <message>
        <source>Won: reasons</source>
        <translation>Gagnées : raisons</translation>
    </message>
    <message>
        <source>Lost: reasons</source>
        <translation>Perdues : raisons</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valeur (%1)</translation>
    </message>
    <message>
        <source>Lost to competitors</source>
        <translation>Perdues face aux concurrents</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Affaires perdues</translation>
    </message>
    <message>
        <source>Why deals were lost</source>
        <translation>Pourquoi les affaires ont été perdues</translation>
    </message>
    <message>
        <source>Offers sent in the period</source>
        <translation>Offres envoyées dans la période</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Accepted offers: %1 days to acceptance (median), %2 (mean); average discount given %3.</source>
        <translation>Offres acceptées : %1 jours jusqu&apos;à l&apos;acceptation (médiane), %2 (moyenne) ; remise moyenne accordée %3.</translation>
    </message>
    <message>
        <source>No offer sent in the period was accepted yet.</source>
        <translation>Aucune offre envoyée dans la période n&apos;a encore été acceptée.</translation>
    </message>
    <message>
        <source>Offers rejected: reasons</source>
        <translation>Offres refusées : raisons</translation>
    </message>
    <message>
        <source>Accepted offers</source>
        <translation>Offres acceptées</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Days to acceptance, median</source>
        <translation>Jours jusqu&apos;à l&apos;acceptation, médiane</translation>
    </message>
    <message>
        <source>Days to acceptance, mean</source>
        <translation>Jours jusqu&apos;à l&apos;acceptation, moyenne</translation>
    </message>
    <message>
        <source>Discount given, mean %</source>
        <translation>Remise accordée, moyenne en %</translation>
    </message>
    <message>
        <source>Accepted offers (n)</source>
        <translation>Offres acceptées (nombre)</translation>
    </message>
    <message>
        <source>Open deals by stage, counted in their own currency: value is the sum of amounts, weighted value the sum of amount × the stage&apos;s win probability. Currencies are never added together; the converted table uses only the exchange rates the company set, at the rate in force on the report&apos;s day, and names any deal it could not convert. With “as of”, each deal&apos;s stage, amount, currency, owner and status are rebuilt from its history events at the end of that day.</source>
        <translation>Affaires ouvertes par étape, comptées dans leur propre devise : la valeur est la somme des montants, la valeur pondérée la somme de montant × probabilité de l&apos;étape. Les devises ne sont jamais additionnées ; le tableau converti n&apos;utilise que les taux de change fixés par l&apos;entreprise, au taux en vigueur le jour du rapport, et nomme toute affaire qu&apos;il n&apos;a pas pu convertir. Avec « au », l&apos;étape, le montant, la devise, le responsable et le statut de chaque affaire sont reconstitués à partir de son historique à la fin de ce jour.</translation>
    </message>
    <message>
        <source>Per expected close month of the period, in the company currency: Won counts deals won in the month, credited to the close date and the person who closed (converted at the rate of the close day). Commit, Best case and Pipeline are open deals expected to close in the month, by forecast category (the stage&apos;s unless the deal overrides it), cumulative: Best case includes Commit and Pipeline includes both; Omitted deals are left out. Weighted is amount × stage probability over all open deals. Forecast = Won + Commit, set against the quota a manager set for the rep and month. Open deals convert at the rate in force on the report&apos;s day.</source>
        <translation>Par mois de clôture prévu de la période, en devise de l&apos;entreprise : Gagné compte les affaires gagnées dans le mois, attribuées à la date de clôture et à la personne qui les a conclues (converties au taux du jour de clôture). Engagement, Meilleur cas et Pipeline sont les affaires ouvertes dont la clôture est prévue dans le mois, par catégorie de prévision (celle de l&apos;étape sauf si l&apos;affaire en a une), cumulées : Meilleur cas inclut Engagement et Pipeline les deux ; les affaires omises sont exclues. Pondéré est montant × probabilité de l&apos;étape sur toutes les affaires ouvertes. Prévision = Gagné + Engagement, comparée au quota fixé par un responsable pour le commercial et le mois. Les affaires ouvertes sont converties au taux en vigueur le jour du rapport.</translation>
    </message>
    <message>
        <source>Unknown stage</source>
        <translation>Étape inconnue</translation>
    </message>
    <message>
        <source>Open deals by stage, per currency</source>
        <translation>Affaires ouvertes par étape, par devise</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Valeur pondérée</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>%1: open pipeline by stage (%2)</source>
        <translation>%1 : pipeline ouvert par étape (%2)</translation>
    </message>
    <message>
        <source>Open deals by stage in %1</source>
        <translation>Affaires ouvertes par étape en %1</translation>
    </message>
    <message>
        <source>Forecast per rep</source>
        <translation>Prévision par commercial</translation>
    </message>
    <message>
        <source>Forecast per month</source>
        <translation>Prévision par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Forecast against quota (%1)</source>
        <translation>Prévision face au quota (%1)</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Meilleur cas</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Forecast (won + commit)</source>
        <translation>Prévision (gagné + engagement)</translation>
    </message>
    <message>
        <source>Won of quota</source>
        <translation>Gagné sur quota</translation>
    </message>
    <message>
        <source>Forecast of quota</source>
        <translation>Prévision sur quota</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>no lead (direct)</source>
        <translation>sans lead (direct)</translation>
    </message>
    <message>
        <source>%1 deals only</source>
        <translation>affaires en %1 seulement</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Not converted to %1: %2: the company has set no exchange rate in force on their close day. They are counted in the table per currency.</source>
        <translation>Non converties en %1 : %2 : l&apos;entreprise n&apos;a défini aucun taux de change en vigueur à leur date de clôture. Elles sont comptées dans le tableau par devise.</translation>
    </message>
    <message>
        <source>Not converted to %1: %2: the company has set no exchange rate in force on %3. They are counted in the table per currency.</source>
        <translation>Non converties en %1 : %2 : l&apos;entreprise n&apos;a défini aucun taux de change en vigueur le %3. Elles sont comptées dans le tableau par devise.</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>Aucun enregistrement dans cette période.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All sales processes</source>
        <translation>Tous les processus de vente</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>No lead (direct)</source>
        <translation>Sans lead (direct)</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source> months ago</source>
        <translation> mois plus tôt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Quotas and rates…</source>
        <translation>Objectifs et taux…</translation>
    </message>
    <message>
        <source>Create call tasks</source>
        <translation>Créer des tâches d&apos;appel</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Report written to %s</source>
        <translation>Rapport écrit dans %s</translation>
    </message>
    <message>
        <source>No customers to call.</source>
        <translation>Aucun client à appeler.</translation>
    </message>
    <message numerus="yes">
        <source>%n call task(s) created.</source>
        <translation>
            <numerusform>%n tâche d&apos;appel créée.</numerusform>
            <numerusform>%n tâches d&apos;appel créées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. The database as it is now is kept as a backup first (or, if it is damaged, set aside), so a restore can be undone by restoring again.</source>
        <translation>Choisissez la sauvegarde à rétablir. La base de données dans son état actuel est d&apos;abord conservée comme sauvegarde (ou, si elle est endommagée, mise de côté) : une restauration peut donc être annulée en restaurant de nouveau.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Recherche des sauvegardes…</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Restaurer la sélection</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1</source>
        <translation>
            <numerusform>%n sauvegarde dans %1</numerusform>
            <numerusform>%n sauvegardes dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups of this database yet. Choose another file.</source>
        <translation>Il n&apos;existe pas encore de sauvegarde de cette base de données. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation>Les sauvegardes n&apos;ont pas pu être listées : %1</translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <source>Workbench database (*.sqlite);;All files (*)</source>
        <translation>Base de données Workbench (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Your IT department set this laptop&apos;s team server to %1; it signs in there only.</source>
        <translation>Votre service informatique a défini %1 comme serveur d&apos;équipe de cet ordinateur ; il ne se connecte qu&apos;à celui-ci.</translation>
    </message>
    <message>
        <source>This laptop is not signed in to a team server: workbench sync login --server URL --user NAME</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun serveur d&apos;équipe : workbench sync login --server URL --user NAME</translation>
    </message>
    <message>
        <source>The sign-in for %1 is not in this computer&apos;s keyring any more; sign in again with workbench sync login.</source>
        <translation>La connexion à %1 n&apos;est plus dans le trousseau de cet ordinateur ; reconnectez-vous avec workbench sync login.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address (https://host[:port]).</source>
        <extracomment>A pull from the start of this many rows or more, or one of BULK_ROWS rows or more from anywhere, drops the synced tables&apos; secondary indexes and the search triggers and builds them once at the end (store.bulk_load): for a first sync of a million rows that is a fraction of keeping them current row by row. Below that (or with most of the rows already here) rebuilding every index would cost more than it saves. Rows written in one transaction while pulling (a first sync: PAGES_ROWS / MAX_PAGE pages per commit). Its writes hold the database&apos;s write lock for about a second.</extracomment>
        <translation>« %1 » n&apos;est pas une adresse de serveur (https://hôte[:port]).</translation>
    </message>
    <message>
        <source>This laptop is not signed in to a team server.</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team&apos;s server at %1 did not answer in time.</source>
        <translation>Le serveur de l&apos;équipe à %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The team&apos;s server at %1 can&apos;t be reached (%2).</source>
        <translation>Le serveur de l&apos;équipe à %1 est injoignable (%2).</translation>
    </message>
    <message>
        <source>The team&apos;s server at %1 refused the sign-in: %2</source>
        <translation>Le serveur de l&apos;équipe à %1 a refusé la connexion : %2</translation>
    </message>
    <message>
        <source>The team&apos;s server at %1 had a problem (%2): %3</source>
        <translation>Le serveur de l&apos;équipe à %1 a rencontré un problème (%2) : %3</translation>
    </message>
    <message>
        <source>The team&apos;s server refused the request (%1): %2</source>
        <translation>Le serveur de l&apos;équipe a refusé la demande (%1) : %2</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>une autre personne</translation>
    </message>
    <message>
        <source>This database is synced as %1 with %2. Sign in as %1 there, or use a new database for another account (workbench --db NEW.sqlite).</source>
        <translation>Cette base de données est synchronisée en tant que %1 avec %2. Connectez-vous-y en tant que %1, ou utilisez une nouvelle base de données pour un autre compte (workbench --db NOUVELLE.sqlite).</translation>
    </message>
    <message>
        <source>That record is not on this laptop any more.</source>
        <translation>Cet enregistrement n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That conflict is not on this laptop.</source>
        <translation>Ce conflit n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose the record to keep from the group.</source>
        <translation>Choisissez dans le groupe l&apos;enregistrement à garder.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Choisissez deux enregistrements différents à fusionner.</translation>
    </message>
    <message>
        <source>Both records must exist and not be deleted.</source>
        <translation>Les deux enregistrements doivent exister et ne pas être supprimés.</translation>
    </message>
    <message>
        <source>An account merges only with an account, a contact with a contact.</source>
        <translation>Un compte ne fusionne qu&apos;avec un compte, un contact qu&apos;avec un contact.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>After a local change, wait this long for more before syncing (typing, a burst of moves). A long poll is held this long by the server. At quit, unsent changes get this long to leave.</extracomment>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) no longer shared with you left this laptop.</source>
        <translation>
            <numerusform>%1 enregistrement qui n&apos;est plus partagé avec vous a quitté cet ordinateur.</numerusform>
            <numerusform>%1 enregistrements qui ne sont plus partagés avec vous ont quitté cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) refused by the team&apos;s server (File &gt; Team sync &gt; Refused changes).</source>
        <translation>
            <numerusform>%1 modification refusée par le serveur de l&apos;équipe (Fichier &gt; Synchronisation d&apos;équipe &gt; Modifications refusées).</numerusform>
            <numerusform>%1 modifications refusées par le serveur de l&apos;équipe (Fichier &gt; Synchronisation d&apos;équipe &gt; Modifications refusées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>Envoi de %1 sur %2…</translation>
    </message>
    <message>
        <source>Receiving %1 of %2…</source>
        <translation>Réception de %1 sur %2…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %1 change(s) will be sent when you&apos;re back online</source>
        <translation>
            <numerusform>Hors ligne : %1 modification sera envoyée dès votre retour en ligne</numerusform>
            <numerusform>Hors ligne : %1 modifications seront envoyées dès votre retour en ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: your changes will be sent when you&apos;re back online</source>
        <translation>Hors ligne : vos modifications seront envoyées dès votre retour en ligne</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%1 waiting</source>
        <translation>
            <numerusform>%1 en attente</numerusform>
            <numerusform>%1 en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l&apos;instant</translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation>Synchronisé il y a %1 min</translation>
    </message>
    <message>
        <source>Synced %1 h ago</source>
        <translation>Synchronisé il y a %1 h</translation>
    </message>
    <message>
        <source>Synced on %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Team sync</source>
        <translation>Synchronisation d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>&amp;Refused changes</source>
        <translation>Modifications &amp;refusées</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>D&amp;oublons</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Your data stays on this computer and works offline; signed in, your changes go to the team&apos;s server and your colleagues&apos; come back whenever you are online. The sign-in is kept in the system keyring.</source>
        <translation>Vos données restent sur cet ordinateur et fonctionnent hors ligne ; une fois connecté, vos modifications partent vers le serveur de l&apos;équipe et celles de vos collègues reviennent dès que vous êtes en ligne. La connexion est conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Address set by your IT department.</source>
        <translation>Adresse définie par votre service informatique.</translation>
    </message>
    <message>
        <source> Only IT can change it.</source>
        <translation> Seul le service informatique peut la modifier.</translation>
    </message>
    <message>
        <source>Enter the server, your user name and your password.</source>
        <translation>Saisissez le serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>This laptop holds %s made before signing in. They stay here and are uploaded to the team as yours; the team&apos;s pipelines, reason lists and people replace this laptop&apos;s own. Customers entered both here and by a colleague are listed as duplicates to merge. Click Sign in again to go ahead.</source>
        <translation>Cet ordinateur contient %s créés avant la connexion. Ils restent ici et sont envoyés à l&apos;équipe à votre nom ; les processus de vente, listes de motifs et personnes de l&apos;équipe remplacent ceux de cet ordinateur. Les clients saisis ici et par un collègue sont listés comme doublons à fusionner. Cliquez de nouveau sur Se connecter pour continuer.</translation>
    </message>
    <message>
        <source>Sign &amp;in and upload</source>
        <translation>Se &amp;connecter et envoyer</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>commercial</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, team %4).</source>
        <translation>Connecté à %1 en tant que %2 (%3, équipe %4).</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation>Connecté à %1 en tant que %2 (%3).</translation>
    </message>
    <message>
        <source>Not signed in: this laptop works on its own.</source>
        <translation>Non connecté : cet ordinateur travaille seul.</translation>
    </message>
    <message>
        <source>%1 of %2 · about %3 s left</source>
        <translation>%1 sur %2 · encore environ %3 s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Garder la leur</translation>
    </message>
    <message>
        <source>&amp;Restore mine</source>
        <translation>&amp;Rétablir la mienne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Your values</source>
        <translation>Vos valeurs</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>The team&apos;s server did not accept these changes; the record shows the team&apos;s version again and your values are kept here. Ask a manager for changes to the team&apos;s settings.</source>
        <translation>Le serveur de l&apos;équipe n&apos;a pas accepté ces modifications ; l&apos;enregistrement montre de nouveau la version de l&apos;équipe et vos valeurs sont conservées ici. Demandez à un responsable de modifier les réglages de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Keep this one, merge the others into it</source>
        <translation>&amp;Garder celui-ci, y fusionner les autres</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2”: %3 copies</source>
        <translation>
            <numerusform>%1 « %2 » : %3 copie</numerusform>
            <numerusform>%1 « %2 » : %3 copies</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation>D&amp;oublons (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflits (%1)</translation>
    </message>
    <message>
        <source>&amp;Refused changes (%1)</source>
        <translation>Modifications &amp;refusées (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 deal(s)</source>
        <translation>
            <numerusform>%1 affaire</numerusform>
            <numerusform>%1 affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 account(s)</source>
        <translation>
            <numerusform>%1 compte</numerusform>
            <numerusform>%1 comptes</numerusform>
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
            <numerusform>%1 appel ou rendez-vous</numerusform>
            <numerusform>%1 appels et rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 task(s)</source>
        <translation>
            <numerusform>%1 tâche</numerusform>
            <numerusform>%1 tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 offer(s)</source>
        <translation>
            <numerusform>%1 offre</numerusform>
            <numerusform>%1 offres</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %1 record(s) now point at the one you kept.</source>
        <translation>
            <numerusform>Fusionné : %1 enregistrement pointe maintenant vers celui conservé.</numerusform>
            <numerusform>Fusionné : %1 enregistrements pointent maintenant vers celui conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same customer entered on two laptops (or by two colleagues) before they synced. Pick the copy to keep: the others&apos; deals, contacts, calls and offers move to it and the others are deleted, on every laptop.</source>
        <translation>Le même client a été saisi sur deux ordinateurs (ou par deux collègues) avant leur synchronisation. Choisissez la copie à garder : les affaires, contacts, appels et offres des autres y sont rattachés et les autres sont supprimées, sur chaque ordinateur.</translation>
    </message>
    <message>
        <source>No duplicate customers.</source>
        <translation>Aucun client en double.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un collègue</translation>
    </message>
    <message>
        <source>Each line is a value of yours that a colleague&apos;s later change replaced. Keep theirs, or restore yours (a new change that every laptop receives).</source>
        <translation>Chaque ligne est une de vos valeurs remplacée par une modification ultérieure d&apos;un collègue. Gardez la sienne, ou rétablissez la vôtre (une nouvelle modification que chaque ordinateur reçoit).</translation>
    </message>
    <message>
        <source>No conflicts: nothing of yours was replaced.</source>
        <translation>Aucun conflit : rien de ce que vous avez saisi n&apos;a été remplacé.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Team sync (click for details)</source>
        <translation>Synchronisation d&apos;équipe (cliquez pour les détails)</translation>
    </message>
    <message>
        <source>The same customer entered twice: merge them</source>
        <translation>Le même client a été saisi deux fois : fusionnez-les</translation>
    </message>
    <message numerus="yes">
        <source>%1 conflict(s)</source>
        <translation>
            <numerusform>%1 conflit</numerusform>
            <numerusform>%1 conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 duplicate customer(s)</source>
        <translation>
            <numerusform>%1 client en double</numerusform>
            <numerusform>%1 clients en double</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Quotas and exchange rates</source>
        <translation>Objectifs et taux de change</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>e.g. 0.92</source>
        <translation>p. ex. 0,92</translation>
    </message>
    <message>
        <source>Set rate</source>
        <translation>Définir le taux</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Monthly target of won value in %s. Reports set won deals against it.</source>
        <translation>Objectif mensuel de valeur gagnée en %s. Les rapports y comparent les affaires gagnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n quota(s) saved.</source>
        <translation>
            <numerusform>%n objectif enregistré.</numerusform>
            <numerusform>%n objectifs enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the rate, e.g. 0.92.</source>
        <translation>Saisissez le taux, p. ex. 0,92.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Rendez-vous avec %1</translation>
    </message>
</context>
<context>
    <name>TermsTab</name>
    <message>
        <source>Valid &amp;until</source>
        <translation>Valable &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Delivery terms</source>
        <translation>Conditions de livraison</translation>
    </message>
    <message>
        <source>Insert template…</source>
        <translation>Insérer un modèle…</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Colour &amp;scheme</source>
        <translation>&amp;Jeu de couleurs</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Moved from “%1” to “%2”</source>
        <translation>Déplacée de « %1 » à « %2 »</translation>
    </message>
    <message>
        <source>Deal created in “%1”</source>
        <translation>Affaire créée dans « %1 »</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Affaire créée</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Affaire gagnée</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Affaire perdue</translation>
    </message>
    <message>
        <source>Deal reopened</source>
        <translation>Affaire rouverte</translation>
    </message>
    <message>
        <source>Shared with a colleague</source>
        <translation>Partagée avec un collègue</translation>
    </message>
    <message>
        <source>No longer shared</source>
        <translation>Plus partagée</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>Responsable changé</translation>
    </message>
    <message>
        <source>Value changed</source>
        <translation>Montant modifié</translation>
    </message>
    <message>
        <source>Expected close changed</source>
        <translation>Clôture prévue modifiée</translation>
    </message>
    <message>
        <source>Forecast category changed</source>
        <translation>Catégorie de prévision modifiée</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Détails modifiés</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>Offre envoyée</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Offre acceptée</translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation>Offre refusée</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>(prévu)</translation>
    </message>
    <message>
        <source>Follows the stage</source>
        <translation>Suit l&apos;étape</translation>
    </message>
    <message>
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (avant : %2)</translation>
    </message>
    <message>
        <source>%1 — competitor: %2</source>
        <translation>%1 — concurrent : %2</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Follow up offer %1</source>
        <translation>Relancer l&apos;offre %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyée %1</translation>
    </message>
</context>
<context>
    <name>TodayArea</name>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Qui et où</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>once, when the list has first been painted with its rows (the start is over then)</extracomment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>Consigner un appel…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Export meetings…</source>
        <translation>Exporter les rendez-vous…</translation>
    </message>
    <message>
        <source>All your meetings in a date range as an .ics file (Ctrl+E: the selected one)</source>
        <translation>Tous vos rendez-vous d&apos;une période dans un fichier .ics (Ctrl+E : celui sélectionné)</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Consigner un appel</translation>
    </message>
    <message>
        <source>Export meeting to calendar</source>
        <translation>Exporter le rendez-vous vers le calendrier</translation>
    </message>
    <message>
        <source>Call the number</source>
        <translation>Appeler le numéro</translation>
    </message>
    <message>
        <source>Loading Today failed: %s</source>
        <translation>Échec du chargement d&apos;Aujourd&apos;hui : %s</translation>
    </message>
    <message>
        <source>%1 h median</source>
        <translation>%1 h médiane</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Connects</source>
        <translation>Joints</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Rendez-vous fixés</translation>
    </message>
    <message>
        <source>Calls per meeting</source>
        <translation>Appels par rendez-vous</translation>
    </message>
    <message>
        <source>Lead response</source>
        <translation>Réactivité sur les leads</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Today, %s</source>
        <translation>Aujourd&apos;hui, %s</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Delegated to you by colleagues</source>
        <translation>Délégué par des collègues</translation>
    </message>
    <message>
        <source>New leads waiting for first contact</source>
        <translation>Nouveaux leads en attente d&apos;un premier contact</translation>
    </message>
    <message>
        <source> (%d more in Leads)</source>
        <translation> (%d de plus dans Leads)</translation>
    </message>
    <message>
        <source>Offers sent without follow-up</source>
        <translation>Offres envoyées sans relance</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Click to call</source>
        <translation>Cliquez pour appeler</translation>
    </message>
    <message>
        <source>Not contacted for more than two business days</source>
        <translation>Pas contacté depuis plus de deux jours ouvrés</translation>
    </message>
    <message>
        <source>Not contacted for more than one business day</source>
        <translation>Pas contacté depuis plus d&apos;un jour ouvré</translation>
    </message>
    <message>
        <source>Select a meeting to export it.</source>
        <translation>Sélectionnez un rendez-vous pour l&apos;exporter.</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>Exporter le rendez-vous</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Exporter les rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) exported to %1</source>
        <translation>
            <numerusform>%n rendez-vous exporté dans %1</numerusform>
            <numerusform>%n rendez-vous exportés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting exported to %s</source>
        <translation>Rendez-vous exporté dans %s</translation>
    </message>
    <message>
        <source>Done: %s</source>
        <translation>Fait : %s</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discount %s</source>
        <translation>Remise %s</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Tax %s</source>
        <translation>TVA %s</translation>
    </message>
    <message>
        <source>Optional items (net)</source>
        <translation>Lignes en option (HT)</translation>
    </message>
    <message>
        <source>/month</source>
        <translation>/mois</translation>
    </message>
    <message>
        <source>%d instalments</source>
        <translation>%d échéances</translation>
    </message>
    <message>
        <source>Leasing %d months</source>
        <translation>Leasing %d mois</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <source>Due now</source>
        <extracomment>how long before a due time the reminder appears</extracomment>
        <translation>À faire maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due</source>
        <translation>
            <numerusform>%n élément à faire</numerusform>
            <numerusform>%n éléments à faire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnderneathBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Show the record as it is now; what you typed here is dropped</source>
        <translation>Afficher l&apos;enregistrement tel qu&apos;il est maintenant ; ce que vous avez saisi ici est abandonné</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Keep what you typed; the fields you did not touch show the new values</source>
        <translation>Garder ce que vous avez saisi ; les champs que vous n&apos;avez pas touchés montrent les nouvelles valeurs</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>pc</source>
        <translation>pce</translation>
    </message>
</context>
<context>
    <name>WorkingDaysDialog</name>
    <message>
        <source>Working days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>New leads should be contacted within one business day (amber after one, red after two). Days not ticked here don&apos;t count.</source>
        <translation>Les nouveaux leads doivent être contactés dans un délai d&apos;un jour ouvré (orange après un, rouge après deux). Les jours non cochés ne comptent pas.</translation>
    </message>
</context>
<context>
    <name>_RangeDialog</name>
    <message>
        <source>Export meetings to a calendar file</source>
        <translation>Exporter les rendez-vous dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To (including)</source>
        <translation>Jusqu&apos;au (inclus)</translation>
    </message>
</context>
</TS>
