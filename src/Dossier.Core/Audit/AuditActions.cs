namespace Dossier.Core.Audit;

/// <summary>The actions the audit log names. Other parts of the archive record theirs with these names.</summary>
public static class AuditActions
{
    public const string SignIn = "account.sign-in";

    public const string SignInFailed = "account.sign-in-failed";

    public const string LockedOut = "account.locked-out";

    public const string SignOut = "account.sign-out";

    public const string PasswordChanged = "account.password-changed";

    public const string AccountCreated = "account.created";

    public const string AccountDeleted = "account.deleted";

    /// <summary>A permission change: the account's role moved (Detail "old → new").</summary>
    public const string RoleChanged = "account.role-changed";

    public const string TokenCreated = "token.created";

    public const string TokenRevoked = "token.revoked";

    public const string RecordCreated = "record.created";

    public const string RecordSaved = "record.saved";

    public const string RecordSubmitted = "record.submitted";

    public const string RecordPublished = "record.published";

    public const string RecordUnpublished = "record.unpublished";

    public const string RecordRestored = "record.restored";

    /// <summary>A soft delete: the record is withdrawn and leaves a tombstone.</summary>
    public const string RecordDeleted = "record.deleted";

    /// <summary>A hard delete by an admin: the record is gone from the store.</summary>
    public const string RecordPurged = "record.purged";

    public const string RecordsImported = "records.imported";

    public const string AuthoritiesMerged = "authority.merged";

    public const string AuthoritySplit = "authority.split";

    /// <summary>An editor changed an authority's heading, variants or description.</summary>
    public const string AuthorityEdited = "authority.edited";
}
