<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
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
        <source>Always file {merchant} there…</source>
        <translation>Toujours classer {merchant} ici…</translation>
    </message>
    <message>
        <source>Settings saved; they apply from the next start.</source>
        <translation>Paramètres enregistrés ; ils s’appliquent au prochain démarrage.</translation>
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
        <translation>&amp;Rétablir : {change}</translation>
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
</TS>
