namespace Spp.Storage.Migrations;

/// <summary>The migrations of one component (e.g. <c>grains</c>, <c>inbox</c>, <c>reporting</c>) in one service database.</summary>
public sealed record MigrationSet(string Component, IReadOnlyList<Migration> Migrations);
