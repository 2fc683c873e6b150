// Test support for other libs' tests and test/: the mail templates, for checks that render every kind of mail.
export { MailTemplates } from '../mail-templates';
