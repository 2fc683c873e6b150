import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ParseIdPipe } from './parse-id.pipe';

/** ParseIdPipe for a list of IDs (absent stays absent): one that is not an ID is named, not sent to the database. */
@Injectable()
export class ParseIdsPipe implements PipeTransform<string[] | null | undefined, string[] | null | undefined> {
  private readonly inner = new ParseIdPipe();

  transform(values: string[] | null | undefined, metadata: ArgumentMetadata): string[] | null | undefined {
    return values === undefined || values === null ? values : values.map((value) => this.inner.transform(value, metadata));
  }
}
