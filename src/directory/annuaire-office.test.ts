import { expect } from '@open-wc/testing';
import { CivicError } from '../core/civic-error.js';
import type { Office } from '../model.js';
import {
  ANNUAIRE_RECORDS_URL,
  annuaireRecordUrl,
  officeFromAnnuaireAnswer,
  officeFromAnnuaireRecord,
} from './annuaire-office.js';

/**
 * Directory answers in the directory's own shapes, with our demo city's values, are read at run
 * time from test/fixtures/annuaire/ (served by test/server/middleware.mjs as
 * /__fixtures/annuaire/<name>; test/fixtures/README.md says which trap each one carries).
 */
const API_ANSWER = 'annuaire/api-records-by-siret.json';
const EMPTY_ANSWER = 'annuaire/api-records-empty.json';
const DUMP_RECORD = 'annuaire/datagouv-dump-record.json';
/** The office of API_ANSWER: its directory id and SIRET. */
const API_ID = '5e0c7a1d-2b4f-4c8e-9a36-d71f0b2c4e85';
const API_SIRET = '21440999900021';
const DUMP_ID = 'a41c7e90-3d52-4f1b-8c07-2e9b6d4f13a8';

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`/__fixtures/${name}`);
  if (!response.ok) throw new Error(`/__fixtures/${name}: HTTP ${response.status} ${await response.text()}`);
  expect(response.headers.get('content-type')).to.match(/^application\/json/);
  return response.json();
}

function civicErrorOf(run: () => unknown): CivicError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(CivicError);
    return error as CivicError;
  }
  throw new Error('expected a CivicError');
}

/** The dump record rewritten the way the API sends it: nested fields JSON-encoded, [] as null. */
function asApiRecord(dump: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dump)) {
    if (Array.isArray(value))
      out[key] = value.length ? (key === 'adresse_courriel' ? value[0] : JSON.stringify(value)) : null;
    else out[key] = value;
  }
  return out;
}

const minimal = { id: 'abc-1', nom: 'Mairie annexe' };

describe('annuaireRecordUrl', () => {
  const where = (url: string) => new URL(url).searchParams.get('where');

  it('asks for a directory id (UUID) with limit=1', () => {
    const url = annuaireRecordUrl(API_ID);
    expect(url.startsWith(`${ANNUAIRE_RECORDS_URL}?`)).to.be.true;
    expect(where(url)).to.equal(`id="${API_ID}"`);
    expect(new URL(url).searchParams.get('limit')).to.equal('1');
  });

  it('asks for a SIRET (14 digits, spaces tolerated)', () => {
    expect(where(annuaireRecordUrl(API_SIRET))).to.equal(`siret="${API_SIRET}"`);
    expect(where(annuaireRecordUrl(' 214 409 999 00021 '))).to.equal(`siret="${API_SIRET}"`);
    // 13 digits is not a SIRET: asked as an id.
    expect(where(annuaireRecordUrl('2144099990002'))).to.equal('id="2144099990002"');
  });

  it('escapes quotes and backslashes so the id cannot change the query', () => {
    const url = annuaireRecordUrl('x" OR nom LIKE "%');
    expect(where(url)).to.equal('id="x\\" OR nom LIKE \\"%"');
    expect(where(annuaireRecordUrl('a\\"b'))).to.equal('id="a\\\\\\"b"');
    // Characters special in URLs stay inside the parameter.
    expect(new URL(annuaireRecordUrl('a&limit=100#x')).searchParams.get('limit')).to.equal('1');
  });

  it('uses another base URL (a proxy)', () => {
    expect(annuaireRecordUrl('abc', 'https://proxy.example/annuaire?apikey=k')).to.equal(
      'https://proxy.example/annuaire?apikey=k&where=id%3D%22abc%22&limit=1',
    );
  });
});

describe('officeFromAnnuaireAnswer and officeFromAnnuaireRecord on samples in the real shapes', function () {
  it('reads the API answer (nested fields as JSON strings, nulls) field by field', async () => {
    const answer = await fixture(API_ANSWER);
    // The traps of the API's shape are in the sample: nested fields as JSON text, empty ones null.
    const [record] = (answer as { results: Record<string, unknown>[] }).results;
    expect([typeof record.adresse, typeof record.plage_ouverture, record.telecopie]).to.deep.equal([
      'string',
      'string',
      null,
    ]);
    const office = officeFromAnnuaireAnswer(answer, API_SIRET)!;
    expect(office.id).to.equal(API_ID);
    expect(office.directoryId).to.equal(API_ID);
    expect(office.name).to.equal('France services - Saint-Aurel-sur-Loire (Maison des Écluses)');
    expect(office.phone).to.equal('02 61 91 00 40');
    expect(office.email).to.equal('france-services@saint-aurel.example');
    expect(office.url).to.equal('https://www.saint-aurel.example/france-services/');
    expect(office.address).to.deep.equal({
      lines: ['8 rue des Tanneurs'],
      postalCode: '44000',
      locality: 'Saint-Aurel-sur-Loire',
      country: 'FR',
      latitude: 47.231804,
      longitude: -1.562917,
    });
    const both = ['08:45-12:15', '13:45-17:15'];
    // Friday's second range is "" in the answer: Friday has its morning only.
    expect(office.hours).to.deep.equal({ weekly: { mo: both, tu: both, we: both, th: both, fr: ['08:45-12:15'] } });
    expect(Object.keys(office).sort()).to.deep.equal([
      'address',
      'directoryId',
      'email',
      'hours',
      'id',
      'name',
      'phone',
      'url',
    ]);
  });

  it('answers undefined for an empty answer', async () => {
    expect(officeFromAnnuaireAnswer(await fixture(EMPTY_ANSWER), '21440999900099')).to.equal(undefined);
  });

  it('reads the data.gouv dump record (real arrays, [])', async () => {
    const dump = (await fixture(DUMP_RECORD)) as Record<string, unknown>;
    // The traps of the dump's shape are in the sample: real arrays, empty ones [].
    expect([Array.isArray(dump.adresse), Array.isArray(dump.adresse_courriel), dump.ancien_nom]).to.deep.equal([
      true,
      true,
      [],
    ]);
    const office = officeFromAnnuaireRecord(dump);
    const both = ['08:30-12:00', '13:30-17:00'];
    expect(office).to.deep.equal({
      id: DUMP_ID,
      directoryId: DUMP_ID,
      name: 'Mairie - Saint-Aurel-sur-Loire',
      phone: '02 61 91 00 10',
      email: 'mairie@saint-aurel.example',
      // The record's link has no path: it is normalised.
      url: 'http://www.saint-aurel.example/',
      address: {
        lines: ['1 place de la Mairie'],
        postalCode: '44000',
        locality: 'Saint-Aurel-sur-Loire',
        country: 'FR',
        latitude: 47.2104538192,
        longitude: -1.54677188301,
      },
      hours: {
        weekly: { mo: both, tu: both, we: both, th: both, fr: both, sa: ['09:00-12:00'] },
        note: "Permanence d'état civil le premier samedi du mois seulement.",
      },
    } satisfies Office);
  });

  it('reads the same record identically in its API form and its dump form', async () => {
    const dump = (await fixture(DUMP_RECORD)) as Record<string, unknown>;
    const api = asApiRecord(dump);
    expect(typeof api.adresse).to.equal('string');
    expect(api.ancien_nom).to.equal(null);
    expect(officeFromAnnuaireAnswer({ total_count: 1, results: [api] }, DUMP_ID)).to.deep.equal(
      officeFromAnnuaireRecord(dump),
    );
  });

  it('reads the API record inside its answer the same as alone', async () => {
    const answer = (await fixture(API_ANSWER)) as { results: unknown[] };
    expect(officeFromAnnuaireRecord(answer.results[0])).to.deep.equal(officeFromAnnuaireAnswer(answer, API_ID));
  });
});

describe('the fixtures route', () => {
  it('refuses anything but a plain file name of a served folder', async () => {
    for (const path of [
      '/__fixtures/..%2F..%2Fpackage.json',
      '/__fixtures/annuaire/..%2F..%2F..%2Fpackage.json',
      '/__fixtures/annuaire/%2E%2E%2Fsmall-catalog.json',
      '/__fixtures/.hidden',
      '/__fixtures/annuaire/.hidden',
      '/__fixtures/annuaire',
      '/__fixtures/annuaire/',
      '/__fixtures/sub/x.json',
      '/__fixtures/annuaire/nope.json',
      '/__fixtures/not-json.json',
    ]) {
      const response = await fetch(path);
      expect(response.status, path).to.equal(404);
      await response.text();
    }
  });
});

describe('officeFromAnnuaireRecord on sloppy and hostile records', () => {
  it('keeps only the name and ids of a record with null everywhere', () => {
    const record = {
      ...minimal,
      adresse: null,
      telephone: null,
      site_internet: null,
      adresse_courriel: null,
      plage_ouverture: null,
      url_service_public: null,
      commentaire_plage_ouverture: null,
      siret: null,
    };
    expect(officeFromAnnuaireRecord(record)).to.deep.equal({
      id: 'abc-1',
      directoryId: 'abc-1',
      name: 'Mairie annexe',
    });
  });

  it('treats nested fields that are not JSON, or JSON of the wrong kind, as absent', () => {
    const office = officeFromAnnuaireRecord({
      ...minimal,
      adresse: '[{"type_adresse": "Adresse", "numero_voie": "1 rue',
      telephone: 'not json',
      site_internet: '42',
      plage_ouverture: '"Lundi 8h-12h"',
      adresse_courriel: '["not", ',
    });
    expect(office).to.deep.equal({ id: 'abc-1', directoryId: 'abc-1', name: 'Mairie annexe' });
  });

  it('never outputs "null", "undefined" or untrimmed text', () => {
    const office = officeFromAnnuaireRecord({
      id: '  abc-1 ',
      nom: '  Mairie annexe\n',
      telephone: JSON.stringify([{ valeur: 'null' }, { valeur: '  01 23 45 67 89  ' }]),
      adresse_courriel: 'undefined',
      adresse: JSON.stringify([
        {
          type_adresse: 'Adresse',
          complement1: 'null',
          complement2: ' ',
          numero_voie: ' 3 place de la Mairie ',
          code_postal: ' 75001',
          nom_commune: 'Paris ',
          pays: 'France',
          latitude: 'null',
          longitude: '',
        },
      ]),
    });
    expect(office).to.deep.equal({
      id: 'abc-1',
      directoryId: 'abc-1',
      name: 'Mairie annexe',
      phone: '01 23 45 67 89',
      address: { lines: ['3 place de la Mairie'], postalCode: '75001', locality: 'Paris', country: 'FR' },
    });
  });

  it('refuses a javascript: site and falls back to the service-public page', () => {
    const office = officeFromAnnuaireRecord({
      ...minimal,
      site_internet: JSON.stringify([{ libelle: '', valeur: 'javascript:alert(1)' }]),
      url_service_public: 'https://lannuaire.service-public.fr/x/abc-1',
    });
    expect(office.url).to.equal('https://lannuaire.service-public.fr/x/abc-1');
    expect(
      officeFromAnnuaireRecord({
        ...minimal,
        site_internet: [{ valeur: 'data:text/html,<b>x</b>' }],
        url_service_public: 'javascript:alert(1)',
      }).url,
    ).to.equal(undefined);
    // A link without a scheme is not resolved against the page.
    expect(officeFromAnnuaireRecord({ ...minimal, site_internet: [{ valeur: 'www.mairie.example' }] }).url).to.equal(
      undefined,
    );
    expect(
      officeFromAnnuaireRecord({
        ...minimal,
        site_internet: [{ valeur: 'mailto:a@b.fr' }, { valeur: ' https://mairie.example/ ' }],
      }).url,
    ).to.equal('https://mairie.example/');
  });

  it('skips impossible or backwards times ("25:00:00") and keeps the good range', () => {
    const hours = officeFromAnnuaireRecord({
      ...minimal,
      plage_ouverture: JSON.stringify([
        {
          nom_jour_debut: 'Lundi',
          nom_jour_fin: 'Lundi',
          valeur_heure_debut_1: '25:00:00',
          valeur_heure_fin_1: '26:00:00',
          valeur_heure_debut_2: '14:00:00',
          valeur_heure_fin_2: '17:00:00',
          commentaire: '',
        },
        {
          nom_jour_debut: 'Mardi',
          nom_jour_fin: '',
          valeur_heure_debut_1: '12:00:00',
          valeur_heure_fin_1: '08:00:00',
          valeur_heure_debut_2: '13:00:00',
          valeur_heure_fin_2: null,
        },
        {
          nom_jour_debut: 'Mercredi',
          nom_jour_fin: null,
          valeur_heure_debut_1: '08:61:00',
          valeur_heure_fin_1: '12:00:00',
        },
        {
          nom_jour_debut: 'Jeudi',
          valeur_heure_debut_1: '00:00:00',
          valeur_heure_fin_1: '24:00:00',
          valeur_heure_debut_2: '10:00',
          valeur_heure_fin_2: '10:00',
        },
      ]),
    }).hours;
    expect(hours).to.deep.equal({ weekly: { mo: ['14:00-17:00'], th: ['00:00-24:00'] } });
  });

  it('leaves hours out when no range is usable, and reads day names in any case, with or without accents', () => {
    expect(
      officeFromAnnuaireRecord({
        ...minimal,
        plage_ouverture: [
          { nom_jour_debut: 'Lundi', valeur_heure_debut_1: '', valeur_heure_fin_1: '', commentaire: 'Sur rendez-vous' },
        ],
      }).hours,
    ).to.equal(undefined);
    expect(
      officeFromAnnuaireRecord({
        ...minimal,
        plage_ouverture: [
          { nom_jour_debut: 'Funday', valeur_heure_debut_1: '08:00:00', valeur_heure_fin_1: '12:00:00' },
        ],
      }).hours,
    ).to.equal(undefined);
    const hours = officeFromAnnuaireRecord({
      ...minimal,
      plage_ouverture: [
        {
          nom_jour_debut: ' SAMEDI ',
          nom_jour_fin: 'lundi',
          valeur_heure_debut_1: '09:00:00',
          valeur_heure_fin_1: '12:00:00',
          commentaire: 'Permanence',
        },
        {
          nom_jour_debut: 'MÉRCREDI',
          nom_jour_fin: 'Mercredi',
          valeur_heure_debut_1: '14:00:00',
          valeur_heure_fin_1: '18:00:00',
          commentaire: ' Permanence ',
        },
        {
          nom_jour_debut: 'lundi',
          nom_jour_fin: 'lundi',
          valeur_heure_debut_1: '14:00:00',
          valeur_heure_fin_1: '16:00:00',
          commentaire: 'Sur rendez-vous',
        },
        'garbage',
      ],
      commentaire_plage_ouverture: 'Fermé en août',
    }).hours;
    expect(hours).to.deep.equal({
      weekly: { mo: ['09:00-12:00', '14:00-16:00'], we: ['14:00-18:00'], sa: ['09:00-12:00'], su: ['09:00-12:00'] },
      note: 'Fermé en août\nPermanence\nSur rendez-vous',
    });
  });

  it('prefers the physical address over the postal one, and checks coordinates', () => {
    const postal = {
      type_adresse: 'Adresse postale',
      service_distribution: 'BP 12',
      code_postal: '44000',
      nom_commune: 'Saint-Aurel-sur-Loire',
      latitude: '47.1',
      longitude: '2.1',
    };
    const physical = {
      type_adresse: 'Adresse',
      complement1: 'Hôtel de ville',
      numero_voie: '1 place du Marché',
      code_postal: '44000',
      nom_commune: 'Saint-Aurel-sur-Loire',
      longitude: '0',
      latitude: '0',
    };
    expect(officeFromAnnuaireRecord({ ...minimal, adresse: JSON.stringify([postal, physical]) }).address).to.deep.equal(
      {
        lines: ['Hôtel de ville', '1 place du Marché'],
        postalCode: '44000',
        locality: 'Saint-Aurel-sur-Loire',
        country: 'FR',
      },
    );
    expect(officeFromAnnuaireRecord({ ...minimal, adresse: [postal] }).address).to.deep.equal({
      lines: ['BP 12'],
      postalCode: '44000',
      locality: 'Saint-Aurel-sur-Loire',
      country: 'FR',
      latitude: 47.1,
      longitude: 2.1,
    });
    const far = officeFromAnnuaireRecord({
      ...minimal,
      adresse: [{ ...physical, latitude: '95', longitude: 'NaN', pays: 'Allemagne' }],
    }).address!;
    expect(far).to.not.have.property('latitude');
    expect(far).to.not.have.property('country');
    // No locality: no address.
    expect(
      officeFromAnnuaireRecord({
        ...minimal,
        adresse: [{ type_adresse: 'Adresse', numero_voie: '1 rue X', nom_commune: '' }],
      }).address,
    ).to.equal(undefined);
  });

  it('leaves out huge strings and refuses a huge name', () => {
    const huge = 'x'.repeat(100_000);
    const office = officeFromAnnuaireRecord({
      ...minimal,
      telephone: [{ valeur: huge }],
      adresse_courriel: `${huge}@x.fr`,
      site_internet: [{ valeur: `https://example.org/${huge}` }],
      plage_ouverture: huge,
    });
    expect(office).to.deep.equal({ id: 'abc-1', directoryId: 'abc-1', name: 'Mairie annexe' });
    const error = civicErrorOf(() => officeFromAnnuaireRecord({ ...minimal, nom: huge }));
    expect(error.code).to.equal('invalid-data');
    expect(error.details).to.deep.equal(['nom: is longer than 5000 characters']);
  });

  it('refuses an e-mail address that is not one', () => {
    expect(officeFromAnnuaireRecord({ ...minimal, adresse_courriel: 'mairie at example.fr' }).email).to.equal(
      undefined,
    );
    expect(officeFromAnnuaireRecord({ ...minimal, adresse_courriel: '<script>@x.fr' }).email).to.equal(undefined);
    expect(officeFromAnnuaireRecord({ ...minimal, adresse_courriel: ' mairie@example.fr ' }).email).to.equal(
      'mairie@example.fr',
    );
  });

  it('throws invalid-data naming the field when nom is missing', () => {
    for (const nom of [undefined, null, '', '   ', 'null', 42]) {
      const error = civicErrorOf(() => officeFromAnnuaireRecord({ id: 'abc-1', nom }));
      expect(error.code).to.equal('invalid-data');
      expect(error.details).to.have.length(1);
      expect(error.details[0]).to.match(/^nom: /);
    }
    expect(civicErrorOf(() => officeFromAnnuaireRecord({ nom: 'Mairie' })).details).to.deep.equal(['id: is required']);
    expect(civicErrorOf(() => officeFromAnnuaireRecord('Mairie')).details).to.deep.equal(['record: must be an object']);
  });
});

describe('officeFromAnnuaireAnswer on bad envelopes', () => {
  it('throws invalid-data when the body is not {total_count, results[]}', () => {
    for (const body of [
      null,
      'text',
      [],
      {},
      { total_count: 1, results: 'x' },
      { total_count: '1', results: [] },
      { error_code: 'ODSQLError', message: 'bad where' },
    ]) {
      const error = civicErrorOf(() => officeFromAnnuaireAnswer(body, 'abc-1'));
      expect(error.code).to.equal('invalid-data');
      expect(error.details.length, JSON.stringify(body)).to.be.greaterThan(0);
    }
  });

  it('names the record field of a bad record', () => {
    const error = civicErrorOf(() => officeFromAnnuaireAnswer({ total_count: 1, results: [{ id: 'abc-1' }] }, 'abc-1'));
    expect(error.code).to.equal('invalid-data');
    expect(error.details).to.deep.equal(['annuaire("abc-1").results[0].nom: is required']);
  });

  it('picks the record with the asked id or SIRET when there are several', () => {
    const results = [
      { id: 'other', nom: 'Autre' },
      { id: 'abc-1', siret: API_SIRET, nom: 'Mairie annexe' },
    ];
    expect(officeFromAnnuaireAnswer({ total_count: 2, results }, 'abc-1')!.name).to.equal('Mairie annexe');
    expect(officeFromAnnuaireAnswer({ total_count: 2, results }, API_SIRET)!.name).to.equal('Mairie annexe');
    expect(officeFromAnnuaireAnswer({ total_count: 2, results }, 'unknown')!.name).to.equal('Autre');
  });
});
