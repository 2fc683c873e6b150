import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ParseIdPipe } from './parse-id.pipe';

/** ParseIdPipe for an optional ID argument: absent stays absent, anything given must be an ID. */
@Injectable()
export class OptionalParseIdPipe implements PipeTransform<string | null | undefined, string | null | undefined> {
  private readonly inner = new ParseIdPipe();

  transform(value: string | null | undefined, metadata: ArgumentMetadata): string | null | undefined {
    return value === undefined || value === null ? value : this.inner.transform(value, metadata);
  }
}
