import { defineCatalog } from '../../i18n/catalog';

export const profileMessages = defineCatalog({
  title: { id: 'profile.title', defaultMessage: 'Your profile' },
  account: { id: 'profile.account', defaultMessage: 'Signed in as {email}, {role}.' },
  nameHeading: { id: 'profile.nameHeading', defaultMessage: 'Name' },
  name: { id: 'profile.name', defaultMessage: 'Your name' },
  saveName: { id: 'profile.saveName', defaultMessage: 'Save name' },
  nameSaved: { id: 'profile.nameSaved', defaultMessage: 'Name saved.' },
  passwordHeading: { id: 'profile.passwordHeading', defaultMessage: 'Change password' },
  currentPassword: { id: 'profile.currentPassword', defaultMessage: 'Current password' },
  newPassword: { id: 'profile.newPassword', defaultMessage: 'New password' },
  newPasswordHint: { id: 'profile.newPasswordHint', defaultMessage: 'At least 12 characters. A few unrelated words make a good one.' },
  confirmPassword: { id: 'profile.confirmPassword', defaultMessage: 'New password again' },
  mismatch: { id: 'profile.mismatch', defaultMessage: 'The two new passwords differ' },
  changePassword: { id: 'profile.changePassword', defaultMessage: 'Change password' },
  passwordChanged: { id: 'profile.passwordChanged', defaultMessage: 'Password changed. You stay signed in here.' },
  sessionsHeading: { id: 'profile.sessionsHeading', defaultMessage: 'Other sessions' },
  sessionsHint: { id: 'profile.sessionsHint', defaultMessage: 'Signed in on another computer or phone, or forgot to sign out somewhere? Sign out everywhere else; this browser stays signed in.' },
  endOthers: { id: 'profile.endOthers', defaultMessage: 'Sign out of other sessions' },
  ended: { id: 'profile.ended', defaultMessage: '{count, plural, =0 {There were no other sessions.} one {Signed out of # other session.} other {Signed out of # other sessions.}}' },
});
