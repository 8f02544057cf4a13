namespace Spp.Gateway.Identity;

/// <summary>The service that owns people refused to sign this identity in (it named no usable e-mail, say): 401.</summary>
internal sealed class SignInRefusedException(string message) : Exception(message);
