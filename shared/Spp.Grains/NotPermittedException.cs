namespace Spp.Grains;

/// <summary>
/// The caller may see the resource but their role on it may not do this (HTTP 403). Grains throw it
/// when they work out a narrower role (headteacher, lead reviewer, action owner…) from their own
/// state; the message names the role needed and nothing of the resource's content.
/// </summary>
public class NotPermittedException(string message) : Exception(message);
