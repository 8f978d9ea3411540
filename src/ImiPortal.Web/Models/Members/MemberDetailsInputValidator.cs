namespace ImiPortal.Web.Models.Members;

public sealed class MemberDetailsInputValidator(TimeProvider time) : MemberDetailsRules<MemberDetailsInput>(time);
