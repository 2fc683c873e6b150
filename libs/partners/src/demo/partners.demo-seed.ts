import { DemoSeedPart } from '@app/common';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Agency } from '@app/agencies';
import { DEMO_ORGANISATIONS } from './partners.demo-data';

/**
 * The demo partner directory (a DemoSeedContributor for @app/setup; typed structurally so
 * this lib does not depend on setup). Plain SQL, so the setup module needs no partner
 * entities registered. Neighbourhoods are kept only if the agency has them.
 */
@Injectable()
@DemoSeedPart(10)
export class PartnersDemoSeed {
  async seed(manager: EntityManager, agency: Agency): Promise<void> {
    const known = new Set(agency.neighbourhoods);
    for (const demo of DEMO_ORGANISATIONS) {
      const [{ id }] = (await manager.query(
        `INSERT INTO organisations (agency_id, name, type, focus_areas, neighbourhoods, website, phone, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [agency.id, demo.name, demo.type, demo.focusAreas, demo.neighbourhoods.filter((n) => known.has(n)), demo.website ?? null, demo.phone ?? null, demo.notes ?? null],
      )) as { id: string }[];
      for (const [name, email, roleTitle, language, optedOut] of demo.contacts) {
        await manager.query(
          `INSERT INTO contacts (agency_id, organisation_id, name, email, role_title, preferred_language, opted_out_at, opt_out_source)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [agency.id, id, name, email, roleTitle, language ?? 'en', optedOut ? new Date('2026-09-14T16:20:00Z') : null, optedOut ? 'unsubscribe link' : null],
        );
      }
    }
  }
}
