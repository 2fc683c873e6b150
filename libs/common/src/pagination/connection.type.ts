import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay-style forward pagination arguments shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}

/** Builds the `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function Connection<T>(nodeType: Type<T>): Type<ConnectionShape<T>> {
  // Models are named <Thing>Model in code and <Thing> in the schema.
  @ObjectType(`${nodeType.name.replace(/Model$/, '')}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}
