using Appraisal.Core.Security;

namespace Appraisal.Core.Tests.Security;

public sealed class CallerTests
{
    private const string Mine = "account-mine";
    private const string Theirs = "account-theirs";

    [Fact]
    public void Anonymous_is_not_authenticated_and_may_neither_read_nor_manage()
    {
        Assert.False(Caller.Anonymous.IsAuthenticated);
        Assert.Null(Caller.Anonymous.Role);
        Assert.False(Caller.Anonymous.CanRead(Mine));
        Assert.False(Caller.Anonymous.CanManage(Mine));
        Assert.False(Caller.Anonymous.CanRead(null));
    }

    [Theory]
    [InlineData(Role.Admin, Mine, true, true)]
    [InlineData(Role.Admin, Theirs, true, true)]
    [InlineData(Role.Admin, null, true, true)]
    [InlineData(Role.Organizer, Mine, true, true)]
    [InlineData(Role.Organizer, Theirs, false, false)]
    [InlineData(Role.Organizer, null, false, false)]
    [InlineData(Role.Observer, Mine, true, false)]
    [InlineData(Role.Observer, Theirs, true, false)]
    [InlineData(Role.Observer, null, true, false)]
    public void Roles_read_and_manage_campaigns_by_owner(Role role, string? owner, bool canRead, bool canManage)
    {
        var caller = new Caller(role, Mine, "someone");

        Assert.True(caller.IsAuthenticated);
        Assert.Equal(canRead, caller.CanRead(owner));
        Assert.Equal(canManage, caller.CanManage(owner));
    }

    [Fact]
    public void An_organizer_without_an_account_owns_nothing_not_even_ownerless_campaigns()
    {
        var caller = new Caller(Role.Organizer, null, "odd");

        Assert.False(caller.CanManage(null));
        Assert.False(caller.CanRead(null));
    }

    [Fact]
    public void The_admin_key_holder_is_an_admin_without_an_account()
    {
        Assert.Equal(Role.Admin, Caller.AdminKeyHolder.Role);
        Assert.Null(Caller.AdminKeyHolder.AccountId);
        Assert.True(Caller.AdminKeyHolder.CanManage(Theirs));
    }
}
