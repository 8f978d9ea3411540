namespace ImiPortal.Domain.Members;

public enum AddressKind
{
    Billing = 1,
    Delivery = 2,
}
