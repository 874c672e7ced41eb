
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'active': `Aktiv`,
'error.400': `Der Server hat die Anfrage nicht angenommen (400).`,
'error.401': `Sie sind nicht angemeldet, oder die Sitzung ist abgelaufen (401).`,
'error.403': `Sie haben keine Berechtigung, dies zu sehen (403).`,
'error.404': `Der Server hat unter dieser Adresse nichts gefunden (404).`,
'error.429': `Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es dann erneut (429).`,
'error.5xx': str`Der Server hat ein Problem. Versuchen Sie es später erneut (${0}).`,
'error.config': str`Dieses Widget ist nicht richtig eingerichtet: ${0}.`,
'error.envelope': `Der Server hat einen Fehler gemeldet.`,
'error.http': str`Der Server hat mit einem Fehler geantwortet (${0}).`,
'error.network': `Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.`,
'error.parse': `Die Antwort des Servers konnte nicht gelesen werden.`,
'error.shape': `Der Server hat eine Antwort in unerwarteter Form gesendet.`,
'error.timeout': `Der Server hat zu lange nicht geantwortet.`,
'inactive': `Inaktiv`,
'no': `Nein`,
'notVerified': `nicht bestätigt`,
'orgs.allowedDomains': `Zulässige E-Mail-Domains`,
'orgs.anyDomain': `Keine angegeben`,
'orgs.count.one': str`${0} Organisation`,
'orgs.count.other': str`${0} Organisationen`,
'orgs.domain': `Domain`,
'orgs.empty': `Dieser Benutzer gehört keiner Organisation an.`,
'orgs.label': `Organisationen`,
'orgs.loadFailed': `Die Organisationen konnten nicht geladen werden.`,
'orgs.loading': `Organisationen werden geladen…`,
'orgs.noPermissions': `Keine Berechtigungen`,
'orgs.noRoles': `Keine Rollen`,
'orgs.outsideProfiles': `Externe Profile erlaubt`,
'orgs.permissionsOf': str`Berechtigungen von ${0}`,
'orgs.roles': `Rollen`,
'orgs.unnamed': `Unbenannte Organisation`,
'orgs.unnamedRole': `Unbenannte Rolle`,
'orgs.workspace': `Arbeitsbereich`,
'retry': `Erneut versuchen`,
'serverSaid': str`Meldung des Servers: ${0}`,
'showFewer': `Weniger anzeigen`,
'showMore': str`Alle ${0} anzeigen`,
'ssoUsers.count.one': str`${0} Benutzer`,
'ssoUsers.count.other': str`${0} Benutzer`,
'ssoUsers.created': `Erstellt`,
'ssoUsers.description': `Beschreibung`,
'ssoUsers.disabled': `Deaktiviert`,
'ssoUsers.email': `E-Mail`,
'ssoUsers.empty': `Keine passenden SSO-Benutzer.`,
'ssoUsers.enabled': `Aktiviert`,
'ssoUsers.identityProvider': `Identitätsanbieter`,
'ssoUsers.label': `SSO-Benutzer`,
'ssoUsers.loadFailed': `Die Benutzer konnten nicht geladen werden.`,
'ssoUsers.loading': `Benutzer werden geladen…`,
'ssoUsers.phone': `Telefon`,
'ssoUsers.unnamed': `Unbenannter Benutzer`,
'statusUnknown': `Status unbekannt`,
'verified': `bestätigt`,
'waitingFor': str`Warte auf ${0}.`,
'yes': `Ja`,
    };
  