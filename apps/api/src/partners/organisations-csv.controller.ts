import { Controller, Get, HttpCode, PayloadTooLargeException, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Clock, InputError, StaffActor, errorText } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { MAX_IMPORT_BYTES, OrganisationFilter, OrganisationImportsService, OrganisationStatus, OrganisationType, OrganisationsExportService } from '@app/partners';
import { toImportModel } from './models/to-import-model';

/**
 * CSV in and out over plain HTTP (bearer token, same guard and roles as GraphQL): a
 * 10,000-row file is larger than the JSON body limit, so the upload is the raw file.
 */
@Controller()
export class OrganisationsCsvController {
  constructor(
    private readonly imports: OrganisationImportsService,
    private readonly exporter: OrganisationsExportService,
    private readonly clock: Clock,
  ) {}

  /** Body: the CSV file as `text/csv`. Answers 202 with the import (poll `organisationImport(id)`). */
  @Post('imports/organisations')
  @CanWrite()
  @HttpCode(202)
  async upload(@CurrentActor() actor: StaffActor, @Req() req: Request, @Query('dryRun') dryRun?: string) {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!['text/csv', 'application/csv', 'text/plain', 'application/octet-stream'].includes(type)) {
      throw new InputError('content-type', errorText('Send the file as the raw request body with Content-Type: text/csv'), 'UNSUPPORTED_MEDIA_TYPE');
    }
    if (dryRun !== undefined && !['true', 'false', '1', '0'].includes(dryRun)) throw new InputError('dryRun', errorText('dryRun must be true or false'));
    const bytes = await readBody(req, MAX_IMPORT_BYTES);
    const started = await this.imports.start(actor, bytes, { dryRun: dryRun === 'true' || dryRun === '1' });
    return toImportModel(started);
  }

  /** The whole directory, or what the directory's filters select (`?text=&type=&focusArea=&neighbourhood=&status=`). */
  @Get('exports/organisations.csv')
  @CanRead()
  async export(@CurrentActor() actor: StaffActor, @Query() query: Record<string, unknown>, @Res() res: Response) {
    const csv = await this.exporter.csv(actor, exportFilter(query));
    const date = this.clock.now().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="organisations-${date}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(csv);
  }
}

/** The directory's filters from the query string; empty values mean "any". */
function exportFilter(query: Record<string, unknown>): OrganisationFilter {
  const value = (name: string): string | undefined => {
    const raw = query[name];
    if (raw === undefined || raw === '') return undefined;
    if (typeof raw !== 'string' || raw.length > 200) throw new InputError(`filter.${name}`, errorText('{name} must be one short text value', { name }));
    return raw;
  };
  const oneOf = <T extends string>(name: string, allowed: Record<string, T>): T | undefined => {
    const raw = value(name);
    if (raw !== undefined && !Object.values(allowed).includes(raw as T)) throw new InputError(`filter.${name}`, errorText('{name} must be one of {allowed}', { name, allowed: Object.values(allowed).join(', ') }));
    return raw as T | undefined;
  };
  return {
    text: value('text'),
    type: oneOf('type', OrganisationType),
    focusArea: value('focusArea'),
    neighbourhood: value('neighbourhood'),
    status: oneOf('status', OrganisationStatus),
  };
}

/** The raw body, refusing more than `limit` bytes (413) as soon as it is exceeded. */
function readBody(req: Request, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.reject(new PayloadTooLargeException());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new PayloadTooLargeException());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
