import { Contact, Organisation } from '@app/partners';
import { TaskForceContactModel, TaskForcePartnerModel } from './task-force.model';

export function toContactModel(contact: Contact): TaskForceContactModel {
  return { id: contact.id, name: contact.name, email: contact.email, organisationId: contact.organisationId, optedOut: contact.optedOutAt !== null };
}

export function toPartnerModel(organisation: Organisation): TaskForcePartnerModel {
  return { id: organisation.id, name: organisation.name, type: organisation.type };
}
