using ImiPortal.Infrastructure.Erasure;

namespace ImiPortal.Web.Models.Erasure;

public sealed record ErasurePreviewViewModel(
    Guid RequestId,
    string Reference,
    string MemberName,
    string MembershipNumber,
    Guid Stamp,
    IReadOnlyList<ErasurePreviewLine> Lines,
    ConfirmErasureInput Input,
    bool UnderLegalHold = false);
