import { DemoSeedPart } from '@app/common';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Agency } from '@app/agencies';
import { OrganisationRepository } from '../organisation.repository';
import { DEMO_ORGANISATIONS } from './partners.demo-data';

/**
 * The demo partner directory (a DemoSeedContributor for @app/setup; typed structurally so
 * this lib does not depend on setup). Plain SQL (in the repository), so the setup module needs
 * no partner entities registered. Neighbourhoods are kept only if the agency has them.
 */
@Injectable()
@DemoSeedPart(10)
export class PartnersDemoSeed {
  async seed(manager: EntityManager, agency: Agency): Promise<void> {
    const known = new Set(agency.neighbourhoods);
    for (const demo of DEMO_ORGANISATIONS) {
      const id = await OrganisationRepository.insertDemoOrganisation(manager, agency.id, {
        name: demo.name,
        type: demo.type,
        focusAreas: demo.focusAreas,
        neighbourhoods: demo.neighbourhoods.filter((n) => known.has(n)),
        website: demo.website ?? null,
        phone: demo.phone ?? null,
        notes: demo.notes ?? null,
      });
      for (const [name, email, roleTitle, language, optedOut] of demo.contacts) {
        await OrganisationRepository.insertDemoContact(manager, agency.id, id, {
          name,
          email,
          roleTitle,
          language: language ?? 'en',
          optedOutAt: optedOut ? new Date('2026-09-14T16:20:00Z') : null,
          optOutSource: optedOut ? 'unsubscribe link' : null,
        });
      }
    }
  }
}
